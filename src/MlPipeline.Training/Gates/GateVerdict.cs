namespace MlPipeline.Training.Gates;

/// <summary>The outcome of one gate and the numbers behind it.</summary>
/// <param name="Gate">The gate's <see cref="Gates.Gate.Text"/>.</param>
/// <param name="Candidate">The candidate's value; null when it lacks the metric.</param>
/// <param name="Baseline">The baseline's value; null without a baseline or when it lacks the metric.</param>
/// <param name="Threshold">An absolute gate's threshold; null for a baseline gate.</param>
/// <param name="Tolerance">
/// A baseline gate's tolerance in the metric's units (a relative one already multiplied by |baseline value|); null for an
/// absolute gate and when the values needed to resolve it are missing.
/// </param>
/// <param name="Delta">Candidate − baseline when both values were compared; null otherwise.</param>
/// <param name="DeltaLow">Lower bound of the paired bootstrap interval of the delta; null when no interval was computed.</param>
/// <param name="DeltaHigh">Upper bound of that interval.</param>
/// <param name="Message">One line saying why the gate passed, failed or was skipped.</param>
public sealed record GateVerdict(
    string Gate,
    string Metric,
    GateKind Kind,
    GateState State,
    double? Candidate,
    double? Baseline,
    double? Threshold,
    double? Tolerance,
    double? Delta,
    double? DeltaLow,
    double? DeltaHigh,
    string Message);
