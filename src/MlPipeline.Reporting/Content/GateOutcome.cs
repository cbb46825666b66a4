namespace MlPipeline.Reporting.Content;

/// <summary>One gate: its state (passed, failed, skipped), the values compared and, against the baseline, the change with its interval.</summary>
public sealed record GateOutcome(
    string Gate,
    string Metric,
    string State,
    double? Candidate,
    double? Baseline,
    double? Delta,
    double? DeltaLow,
    double? DeltaHigh,
    string Message);
