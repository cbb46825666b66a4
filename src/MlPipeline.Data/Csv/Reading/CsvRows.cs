using System.Runtime.CompilerServices;
using System.Text;

namespace MlPipeline.Data.Csv.Reading;

/// <summary>A CSV file as a header and rows of exactly as many fields, read one row at a time.</summary>
internal sealed class CsvRows : IDisposable
{
    private readonly CsvRecordReader _records;
    private readonly string _path;

    /// <exception cref="CsvFormatException">The file is missing or empty, or its header names a column twice.</exception>
    public CsvRows(string path, CsvOptions options)
    {
        _path = path;
        _records = new CsvRecordReader(path, options.Delimiter);
        try
        {
            Header = ReadHeader();
        }
        catch
        {
            _records.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The 1-based line where the current row starts.</summary>
    public int Line => _records.Line;

    public int RowCount { get; private set; }

    public ReadOnlySpan<byte> Field(int index) => _records.Field(index);

    public bool IsQuoted(int index) => _records.IsQuoted(index);

    /// <summary>Moves to the next row; false after the last one.</summary>
    /// <exception cref="CsvFormatException">A row has another number of fields than the header, or the file has no rows at all.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadRow()
    {
        if (!_records.TryRead())
        {
            return RowCount > 0 ? false : throw new CsvFormatException(_path, 1,
                "the file has a header but no data rows; add rows below the header, or point to the file that holds the data.");
        }

        if (_records.FieldCount != Header.Count)
        {
            throw new CsvFormatException(_path, _records.Line,
                $"the row has {_records.FieldCount} fields but the header has {Header.Count}; " +
                "add or remove delimiters so every row has one field per column, and quote any field that contains the delimiter or a line break.");
        }

        RowCount++;
        return true;
    }

    public void Dispose() => _records.Dispose();

    private string[] ReadHeader()
    {
        if (!_records.TryRead())
            throw new CsvFormatException(_path, null, "the file is empty; the first line must be a header naming the columns, followed by the data rows.");

        var names = new string[_records.FieldCount];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Encoding.UTF8.GetString(_records.Field(i));
            if (!seen.TryAdd(names[i], i + 1))
            {
                throw new CsvFormatException(_path, _records.Line,
                    $"the header names column \"{names[i]}\" twice (columns {seen[names[i]]} and {i + 1}); rename one of them so every column name is unique.");
            }
        }

        return names;
    }
}
