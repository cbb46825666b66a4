namespace MlPipeline.Components.Gates;

/// <summary>
/// The contents of <c>artifacts/model/verdict.json</c>: which model file RegressionTest judged, whether it passed, and
/// the metrics it was judged on. Register trusts a verdict only for the model file it names, so a stale verdict never
/// registers a newer model.
/// </summary>
internal sealed record ModelVerdict(string ModelSha256, bool Passed, IReadOnlyList<string> FailedGates, IReadOnlyDictionary<string, double> Metrics);
