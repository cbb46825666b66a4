namespace MlPipeline.Training.Gates;

/// <summary>
/// The candidate must be no worse than the baseline on <see cref="Gate.Metric"/> by more than <see cref="Tolerance"/>,
/// in the metric's direction (<see cref="GateMetrics.LowerIsBetter"/>).
/// </summary>
/// <param name="Tolerance">Metric units when <paramref name="Kind"/> is Absolute; a fraction of the baseline's value (0.02 = 2 %) when Relative.</param>
/// <exception cref="ArgumentException">An unknown metric, an undefined kind, or a tolerance that is negative or not finite.</exception>
public sealed record BaselineGate(string Metric, double Tolerance, ToleranceKind Kind) : Gate(Metric, nameof(BaselineGate))
{
    public double Tolerance { get; } =
        GateRules.Checked(Tolerance, GateRules.ToleranceProblem(Tolerance), nameof(BaselineGate), nameof(Tolerance));

    public ToleranceKind Kind { get; } =
        Enum.IsDefined(Kind) ? Kind : throw GateRules.Invalid(nameof(BaselineGate), $"kind {(int)Kind} is not a ToleranceKind", nameof(Kind));

    /// <summary><c>macro_f1:no-worse-than-baseline:0.01</c>, or <c>…:2%</c> for a relative tolerance.</summary>
    public override string Text => Kind == ToleranceKind.Absolute
        ? $"{Metric}:{GateRules.BaselineKeyword}:{GateNumbers.RoundTrip(Tolerance)}"
        : $"{Metric}:{GateRules.BaselineKeyword}:{GateNumbers.Percent(Tolerance)}%";
}
