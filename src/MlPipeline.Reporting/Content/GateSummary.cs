namespace MlPipeline.Reporting.Content;

/// <summary>The regression gate's verdicts.</summary>
/// <param name="HasBaseline">False when no baseline existed, so only absolute gates applied.</param>
public sealed record GateSummary(bool Passed, bool HasBaseline, double ConfidenceLevel, IReadOnlyList<GateOutcome> Verdicts);
