using System.Globalization;

namespace MlPipeline.Data.Csv.Reading;

// Refilling the byte buffer from the file, keeping the unread bytes.
internal sealed partial class CsvRecordReader
{
    /// <summary>True when everything left is line breaks: a trailing newline or empty last lines are not rows.</summary>
    private bool OnlyLineBreaksRemain()
    {
        var checkedUpTo = 0;
        while (true)
        {
            var rest = _buffer.AsSpan(_start + checkedUpTo, _end - _start - checkedUpTo);
            if (rest.IndexOfAnyExcept(LineFeed, CarriageReturn) >= 0)
                return false;
            if (_endOfFile)
                return true;

            checkedUpTo += rest.Length;
            Fill();
        }
    }

    /// <summary>Keeps the unread bytes, moves them to the front (growing the buffer when they fill it) and reads more.</summary>
    private void Fill()
    {
        var unread = _end - _start;
        if (unread >= _maxRecordBytes)
        {
            throw new CsvFormatException(_path, _nextLine,
                $"the record starting on this line is longer than {_maxRecordBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, which usually means a quote opened in it is never closed; " +
                "add the closing quote, or write a quote inside a field as two quotes (\"\").");
        }

        if (unread == _buffer.Length)
            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, _maxRecordBytes));
        if (_start > 0)
            _buffer.AsSpan(_start, unread).CopyTo(_buffer);

        _start = 0;
        _end = unread;
        while (_end < _buffer.Length && !_endOfFile)
        {
            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            _endOfFile = read == 0;
            _end += read;
        }
    }
}
