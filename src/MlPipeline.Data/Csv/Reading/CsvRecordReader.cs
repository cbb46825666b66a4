using System.Runtime.CompilerServices;
using System.Buffers;

namespace MlPipeline.Data.Csv.Reading;

/// <summary>
/// Splits a UTF-8 file into RFC 4180 records straight from a byte buffer: no string is made unless a caller asks
/// for one. The fields of the current record are spans into the buffer, valid until the next <see cref="TryRead"/>.
/// </summary>
/// <remarks>
/// A quote inside an unquoted field is kept as a literal character (as Excel, pandas and Python's csv module do);
/// only a field that starts with a quote is a quoted field. LF, CRLF and a mix of both end a record.
/// </remarks>
internal sealed partial class CsvRecordReader : IDisposable
{
    private const byte Quote = (byte)'"';
    private const byte LineFeed = (byte)'\n';
    private const byte CarriageReturn = (byte)'\r';
    private const int DefaultBufferSize = 1 << 17;

    // An unclosed quote would otherwise pull the rest of the file into one record (and the buffer); no real row is this long.
    private const int DefaultMaxRecordBytes = 1 << 28;

    private readonly string _path;
    private readonly Stream _stream;
    private readonly byte _delimiter;
    private readonly int _maxRecordBytes;
    private readonly SearchValues<byte> _unquotedFieldEnd;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfFile;
    private int _nextLine = 1;
    private int[] _fieldStarts = new int[16];
    private int[] _fieldLengths = new int[16];
    private bool[] _fieldQuoted = new bool[16];
    private bool[] _fieldEscaped = new bool[16];

    public CsvRecordReader(string path, char delimiter, int bufferSize = DefaultBufferSize, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        if (delimiter is '"' or '\r' or '\n' || delimiter > 127)
            throw new ArgumentException(
                $"The CSV delimiter '{delimiter}' cannot be used; choose an ASCII character other than a quote or a line break, e.g. ',', ';' or '\\t'.",
                nameof(delimiter));

        _path = path;
        _delimiter = (byte)delimiter;
        _maxRecordBytes = maxRecordBytes;
        _unquotedFieldEnd = SearchValues.Create([_delimiter, LineFeed]);
        _buffer = new byte[Math.Max(bufferSize, 4)];
        try
        {
            _stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CsvFormatException(path, null,
                $"the file does not exist (looked for {Path.GetFullPath(path)}); check the path, or create the file.", e);
        }

        try
        {
            Fill();
        }
        catch
        {
            _stream.Dispose();
            throw;
        }

        if (_end - _start >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
            _start = 3;
    }

    /// <summary>The 1-based line where the current record starts.</summary>
    public int Line { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>The field's bytes, unquoted and with doubled quotes undoubled.</summary>
    public ReadOnlySpan<byte> Field(int index) => _buffer.AsSpan(_fieldStarts[index], _fieldLengths[index]);

    /// <summary>Whether the field was written in quotes (so <c>""</c> is an empty quoted field, not an empty one).</summary>
    public bool IsQuoted(int index) => _fieldQuoted[index];

    /// <summary>Moves to the next record; false at the end of the file, where trailing empty lines are not records.</summary>
    /// <exception cref="CsvFormatException">An unterminated quoted field, text after a closing quote, or invalid UTF-8.</exception>
    public bool TryRead()
    {
        while (true)
        {
            if (OnlyLineBreaksRemain())
                return false;

            var recordEnd = TryParseRecord();
            if (recordEnd >= 0)
            {
                CompleteRecord(recordEnd);
                return true;
            }

            Fill();
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>Parses the record at <see cref="_start"/>; returns where it ends, or -1 when the buffer holds only part of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TryParseRecord()
    {
        var buffer = _buffer;
        var position = _start;
        var lineBreaks = 0;
        FieldCount = 0;
        while (true)
        {
            if (position < _end && buffer[position] == Quote)
            {
                var (closing, breaks, escaped) = FindClosingQuote(position, lineBreaks);
                if (closing < 0)
                    return -1;

                AddField(position + 1, closing - position - 1, quoted: true, escaped);
                lineBreaks += breaks;
                var after = closing + 1;
                if (after == _end)
                    return _endOfFile ? after : -1;
                if (buffer[after] == _delimiter)
                {
                    position = after + 1;
                    continue;
                }

                if (buffer[after] == LineFeed)
                    return after + 1;
                if (buffer[after] == CarriageReturn && after + 1 == _end)
                    return _endOfFile ? after + 1 : -1;
                if (buffer[after] == CarriageReturn && buffer[after + 1] == LineFeed)
                    return after + 2;

                throw new CsvFormatException(_path, _nextLine + lineBreaks,
                    $"a quoted field is followed by '{(char)buffer[after]}' instead of the delimiter or the end of the line; " +
                    "inside a quoted field write a quote as two quotes (\"\"), or remove the text after the closing quote.");
            }

            var rest = buffer.AsSpan(position, _end - position);
            var stop = rest.IndexOfAny(_unquotedFieldEnd);
            if (stop < 0)
            {
                if (!_endOfFile)
                    return -1;

                AddField(position, TrimCarriageReturn(rest), quoted: false, escaped: false);
                return _end;
            }

            if (rest[stop] == LineFeed)
            {
                AddField(position, TrimCarriageReturn(rest[..stop]), quoted: false, escaped: false);
                return position + stop + 1;
            }

            AddField(position, stop, quoted: false, escaped: false);
            position += stop + 1;
        }
    }

    /// <summary>Finds the quote that closes the field opened at <paramref name="opening"/>, skipping doubled quotes.</summary>
    private (int Closing, int LineBreaks, bool Escaped) FindClosingQuote(int opening, int lineBreaksBefore)
    {
        var position = opening + 1;
        var lineBreaks = 0;
        var escaped = false;
        while (true)
        {
            var quote = _buffer.AsSpan(position, _end - position).IndexOf(Quote);
            if (quote < 0)
            {
                if (_endOfFile)
                    throw new CsvFormatException(_path, _nextLine + lineBreaksBefore,
                        "a quoted field opened on this line is never closed; add the closing quote, or write a quote inside the field as two quotes (\"\").");
                return (-1, 0, false);
            }

            lineBreaks += _buffer.AsSpan(position, quote).Count(LineFeed);
            position += quote;
            if (position + 1 == _end && !_endOfFile)
                return (-1, 0, false);
            if (position + 1 < _end && _buffer[position + 1] == Quote)
            {
                escaped = true;
                position += 2;
                continue;
            }

            return (position, lineBreaks, escaped);
        }
    }
}
