namespace MlPipeline.Reporting.Content;

/// <summary>A tuning trial: its number, state (completed, pruned, failed) and objective (minimised; null when it has none).</summary>
public sealed record TrialOutcome(int Number, string State, double? Value);
