using System.Text;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Hashing;

/// <summary>
/// A row as canonical text: the chosen columns sorted by name, each value length-prefixed so no value can fake a
/// separator. Independent of the file's column order, line endings, BOM and quoting, because it is built from the
/// parsed values.
/// </summary>
internal sealed class RowText
{
    private readonly DataColumn[] _columns;
    private readonly StringBuilder _text = new();

    public RowText(DataTable table, IEnumerable<string> columnNames)
    {
        _columns = columnNames.Order(StringComparer.Ordinal).Select(name => table[name]).ToArray();
    }

    public string Of(int row)
    {
        _text.Clear();
        foreach (var column in _columns)
        {
            var value = column.Format(row);
            _text.Append(column.Name.Length).Append(':').Append(column.Name)
                .Append(column.IsMissing(row) ? "?" : value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(value)
                .Append(';');
        }

        return _text.ToString();
    }
}
