namespace MlPipeline.Training.Gates;

/// <summary>The model that was just trained and evaluated.</summary>
/// <exception cref="ArgumentException">A metric value is not finite.</exception>
public sealed record GateCandidate(IReadOnlyDictionary<string, double> Metrics, BenchmarkPredictions? Predictions = null)
    : GateModel("candidate", Metrics, Predictions);
