namespace MlPipeline.Components.Tuning;

/// <summary>The contents of <c>artifacts/tuning/best.json</c>: the best completed trial of the last study, which Train then trains with.</summary>
/// <param name="Parameters">The trainer's parameters under its own names (eta, max_depth, … for XGBoost).</param>
/// <param name="Trainer">The trainer the study tuned; null in files written before there was a choice (XGBoost).</param>
internal sealed record BestTrial(
    string Study,
    string Sampler,
    int Trial,
    string Metric,
    double Value,
    IReadOnlyDictionary<string, double> Parameters,
    int CompletedTrials,
    int PrunedTrials,
    DateTimeOffset Finished,
    string? Trainer = null);
