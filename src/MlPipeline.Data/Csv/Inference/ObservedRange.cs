using System.Globalization;

namespace MlPipeline.Data.Csv.Inference;

/// <summary>
/// A number column's extremes, read both as written (double) and as the loader stores them (float, which can lie on
/// either side of the decimal), and the schema bounds that hold every stored value while reading like the data.
/// </summary>
internal sealed class ObservedRange
{
    private const int SignificantDigits = 6;

    private double _writtenMin = double.PositiveInfinity;
    private double _writtenMax = double.NegativeInfinity;
    private float _storedMin = float.PositiveInfinity;
    private float _storedMax = float.NegativeInfinity;

    public void Add(double written, float stored)
    {
        _writtenMin = Math.Min(_writtenMin, written);
        _writtenMax = Math.Max(_writtenMax, written);
        _storedMin = Math.Min(_storedMin, stored);
        _storedMax = Math.Max(_storedMax, stored);
    }

    /// <summary>
    /// The observed extremes as they are written (integers stay exact) or rounded outward to six significant digits,
    /// so a column of 15-digit numbers gets bounds a person can read. Validation compares each stored float with the
    /// bound cast to float; when the written extreme's bound would still fall inside the stored extreme, the stored one
    /// decides instead.
    /// </summary>
    public (double Min, double Max) Bounds(bool integers)
    {
        Func<double, int, double> readable = integers ? (value, _) => value : Outward;
        var min = readable(_writtenMin, -1);
        var max = readable(_writtenMax, +1);
        return (
            (float)min <= _storedMin ? min : readable(Math.Min(_writtenMin, _storedMin), -1),
            (float)max >= _storedMax ? max : readable(Math.Max(_writtenMax, _storedMax), +1));
    }

    /// <summary>The six-digit decimal nearest <paramref name="value"/> on the side <paramref name="direction"/> points to (or the value itself).</summary>
    private static double Outward(double value, int direction)
    {
        if (!double.IsFinite(value))
            return value;

        var nearest = value.ToString($"E{SignificantDigits - 1}", CultureInfo.InvariantCulture);
        var rounded = double.Parse(nearest, CultureInfo.InvariantCulture);
        if (Math.Sign(rounded.CompareTo(value)) != -direction)
            return rounded;

        // The nearest decimal is less than half a unit of its last digit away on the wrong side, so one unit further
        // is on the right side, and parsing keeps it there because parsing is monotonic.
        var exponent = nearest.IndexOf('E', StringComparison.Ordinal);
        var digits = long.Parse(nearest.AsSpan(0, exponent).ToString().Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        var power = int.Parse(nearest.AsSpan(exponent + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) - (SignificantDigits - 1);
        return double.Parse(string.Create(CultureInfo.InvariantCulture, $"{digits + direction}E{power}"), CultureInfo.InvariantCulture);
    }
}
