namespace MlPipeline.Training.Gates;

/// <summary>The candidate's value of <see cref="Gate.Metric"/> must be at least (or at most) <see cref="Threshold"/>.</summary>
/// <exception cref="ArgumentException">An unknown metric, an undefined operator or a non-finite threshold.</exception>
public sealed record AbsoluteGate(string Metric, GateOperator Operator, double Threshold) : Gate(Metric, nameof(AbsoluteGate))
{
    public GateOperator Operator { get; } =
        Enum.IsDefined(Operator) ? Operator : throw GateRules.Invalid(nameof(AbsoluteGate), $"operator {(int)Operator} is not a GateOperator", nameof(Operator));

    public double Threshold { get; } = GateRules.Checked(Threshold, GateRules.NumberProblem(Threshold, "threshold"), nameof(AbsoluteGate), nameof(Threshold));

    /// <summary><c>macro_f1&gt;=0.55</c> or <c>log_loss&lt;=0.6</c>.</summary>
    public override string Text => $"{Metric}{GateRules.Symbol(Operator)}{GateNumbers.RoundTrip(Threshold)}";
}
