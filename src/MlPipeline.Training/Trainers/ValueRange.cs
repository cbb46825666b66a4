using System.Globalization;

namespace MlPipeline.Training.Trainers;

/// <summary>The values a trainer parameter accepts: finite numbers from <paramref name="Low"/> up to <paramref name="High"/>.</summary>
/// <param name="Note">What a special value means, shown with the range ("0 turns early stopping off").</param>
public sealed record ValueRange(double Low, bool LowInclusive, double High = double.PositiveInfinity, bool HighInclusive = false, string? Note = null)
{
    /// <summary>Any finite number (a seed).</summary>
    public static ValueRange Any { get; } = new(double.NegativeInfinity, true);

    public static ValueRange AtLeast(double low, string? note = null) => new(low, true, Note: note);

    public static ValueRange Above(double low) => new(low, false);

    /// <summary>(0, 1]: a share of rows or features.</summary>
    public static ValueRange Share { get; } = new(0, false, 1, true);

    public bool Contains(double value) =>
        double.IsFinite(value)
        && (LowInclusive ? value >= Low : value > Low)
        && (HighInclusive ? value <= High : value < High);

    public override string ToString()
    {
        var text = (double.IsNegativeInfinity(Low), double.IsPositiveInfinity(High)) switch
        {
            (true, true) => "a finite number",
            (_, true) => $"{(LowInclusive ? ">=" : ">")} {Number(Low)}",
            _ => $"in {(LowInclusive ? '[' : '(')}{Number(Low)}, {Number(High)}{(HighInclusive ? ']' : ')')}",
        };
        return Note is null ? text : $"{text} ({Note})";
    }

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
