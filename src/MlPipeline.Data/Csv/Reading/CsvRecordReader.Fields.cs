using System.Runtime.CompilerServices;
using System.Text.Unicode;

namespace MlPipeline.Data.Csv.Reading;

// The current record's fields: where they are in the buffer, and the work done once a record is complete.
internal sealed partial class CsvRecordReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CompleteRecord(int recordEnd)
    {
        var record = _buffer.AsSpan(_start, recordEnd - _start);
        if (!Utf8.IsValid(record))
            throw InvalidUtf8(record);

        // Only a complete record is rewritten: a partial one is parsed again from its first byte after a refill.
        for (var i = 0; i < FieldCount; i++)
        {
            if (_fieldEscaped[i])
                _fieldLengths[i] = Undouble(_buffer.AsSpan(_fieldStarts[i], _fieldLengths[i]));
        }

        Line = _nextLine;
        _nextLine += record.Count(LineFeed);
        _start = recordEnd;
    }

    private CsvFormatException InvalidUtf8(ReadOnlySpan<byte> record)
    {
        Utf8.ToUtf16(record, new char[record.Length], out var validBytes, out _, replaceInvalidSequences: false);
        var line = _nextLine + record[..validBytes].Count(LineFeed);

        // Delimiters, quotes and line breaks are ASCII, so the bad byte lies inside the last field starting at or before it.
        var field = _fieldStarts.AsSpan(0, FieldCount).LastIndexOfAnyInRange(0, _start + validBytes);
        return new CsvFormatException(_path, line,
            $"the file is not valid UTF-8 (byte 0x{record[validBytes]:X2} cannot start or continue a character); " +
            "save the file with UTF-8 encoding (for example, in Excel choose \"CSV UTF-8\").",
            column: field + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddField(int start, int length, bool quoted, bool escaped)
    {
        if (FieldCount == _fieldStarts.Length)
        {
            Array.Resize(ref _fieldStarts, FieldCount * 2);
            Array.Resize(ref _fieldLengths, FieldCount * 2);
            Array.Resize(ref _fieldQuoted, FieldCount * 2);
            Array.Resize(ref _fieldEscaped, FieldCount * 2);
        }

        _fieldStarts[FieldCount] = start;
        _fieldLengths[FieldCount] = length;
        _fieldQuoted[FieldCount] = quoted;
        _fieldEscaped[FieldCount] = escaped;
        FieldCount++;
    }

    /// <summary>Turns each doubled quote into one, in place, and returns the new length.</summary>
    private static int Undouble(Span<byte> field)
    {
        var written = 0;
        for (var read = 0; read < field.Length; read++)
        {
            field[written++] = field[read];
            if (field[read] == Quote)
                read++;
        }

        return written;
    }

    private static int TrimCarriageReturn(ReadOnlySpan<byte> field) =>
        field.Length > 0 && field[^1] == CarriageReturn ? field.Length - 1 : field.Length;
}
