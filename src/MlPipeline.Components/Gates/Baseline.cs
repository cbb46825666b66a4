namespace MlPipeline.Components.Gates;

/// <summary>
/// The contents of <c>models/baseline.json</c> (committed): the model every candidate is judged against, and what it
/// scored on the pinned benchmark rows. Promotion rewrites it; merging that change is the human approval.
/// </summary>
internal sealed record Baseline(
    string ModelName,
    int ModelVersion,
    string ModelSha256,
    string DataHash,
    string BenchmarkRowsHash,
    string Task,
    IReadOnlyList<string>? Classes,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, double> Operational,
    string PredictionsSha256,
    DateTimeOffset PromotedAt,
    string PromotedBy);
