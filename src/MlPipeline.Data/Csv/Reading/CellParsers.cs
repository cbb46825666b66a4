using System.Globalization;
using System.Text;

namespace MlPipeline.Data.Csv.Reading;

/// <summary>The cell syntaxes of the column types, shared by the loader and schema inference so both agree on what parses.</summary>
internal static class CellParsers
{
    public const string ExpectedNumber = "a number";
    public const string ExpectedInteger = "an integer";
    public const string ExpectedBoolean = "true/false, yes/no or 1/0";
    public const string ExpectedDateTime = "an ISO 8601 date";

    // Date, then date-time with minutes, seconds or fractions, each with or without a zone (Z or ±hh:mm).
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
    ];

    public static bool TryParseNumber(ReadOnlySpan<byte> cell, out float value) =>
        ShortDecimal.TryParse(cell, out value) || float.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>The same syntax as the loader's, at double precision so inferred ranges read as written.</summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> cell, out double value) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>An optional sign and digits only: <c>2.0</c> and <c>1e3</c> are numbers, not integers.</summary>
    public static bool TryParseInteger(ReadOnlySpan<byte> cell, out long value) =>
        long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);

    public static bool TryParseBoolean(ReadOnlySpan<byte> cell, out bool value)
    {
        value = cell.Length switch
        {
            1 => cell[0] == (byte)'1',
            3 => Ascii.EqualsIgnoreCase(cell, "yes"u8),
            4 => Ascii.EqualsIgnoreCase(cell, "true"u8),
            _ => false,
        };
        return value || cell.Length switch
        {
            1 => cell[0] == (byte)'0',
            2 => Ascii.EqualsIgnoreCase(cell, "no"u8),
            5 => Ascii.EqualsIgnoreCase(cell, "false"u8),
            _ => false,
        };
    }

    /// <summary>UTC ticks; a time without a zone is taken as UTC, one with an offset is converted to UTC.</summary>
    public static bool TryParseDateTime(ReadOnlySpan<char> cell, out long ticks)
    {
        var parsed = DateTime.TryParseExact(cell, DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value);
        ticks = parsed ? value.Ticks : 0;
        return parsed;
    }
}
