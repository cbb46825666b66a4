namespace MlPipeline.Components.Tuning;

/// <summary>The contents of <c>artifacts/tuning/best.json</c>: the best completed trial of the last study, which Train then trains with.</summary>
/// <param name="Parameters">XGBoost's parameters under their snake_case names (eta, max_depth, …).</param>
internal sealed record BestTrial(
    string Study,
    string Sampler,
    int Trial,
    string Metric,
    double Value,
    IReadOnlyDictionary<string, double> Parameters,
    int CompletedTrials,
    int PrunedTrials,
    DateTimeOffset Finished);
