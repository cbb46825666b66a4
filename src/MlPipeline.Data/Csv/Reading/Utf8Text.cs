using System.Text;

namespace MlPipeline.Data.Csv.Reading;

/// <summary>Decodes cells into one reusable char buffer, for lookups and parsers that want chars but not a string.</summary>
internal sealed class Utf8Text
{
    private char[] _chars = new char[64];

    public ReadOnlySpan<char> Decode(ReadOnlySpan<byte> cell)
    {
        if (cell.Length > _chars.Length)
            _chars = new char[Math.Max(cell.Length, _chars.Length * 2)];

        // UTF-8 never needs more chars than bytes, and the reader has already checked the bytes are valid.
        var length = Encoding.UTF8.GetChars(cell, _chars);
        return _chars.AsSpan(0, length);
    }
}
