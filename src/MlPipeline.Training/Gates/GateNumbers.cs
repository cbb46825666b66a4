using System.Globalization;

namespace MlPipeline.Training.Gates;

/// <summary>Culture-independent number formats of gate texts, messages and the table.</summary>
internal static class GateNumbers
{
    /// <summary>Exact, so a gate's text parses back to the same gate.</summary>
    public static string RoundTrip(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A fraction as a percentage; 15 digits hide the binary noise of ×100 (0.07 × 100 = 7.000000000000001).</summary>
    public static string Percent(double fraction) => (fraction * 100).ToString("G15", CultureInfo.InvariantCulture);

    /// <summary>Six decimals at most for reading; the third section keeps a value that rounds to zero from printing as "-0".</summary>
    public static string Short(double value) => value.ToString("0.######;-0.######;0", CultureInfo.InvariantCulture);

    /// <summary>Like <see cref="Short"/> with an explicit sign, for changes and bounds.</summary>
    public static string Signed(double value) => value.ToString("+0.######;-0.######;0", CultureInfo.InvariantCulture);
}
