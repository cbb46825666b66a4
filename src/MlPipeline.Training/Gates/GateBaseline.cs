namespace MlPipeline.Training.Gates;

/// <summary>The benchmark baseline; its <see cref="GateModel.Predictions"/> must be on the candidate's rows, in the same order.</summary>
/// <exception cref="ArgumentException">A metric value is not finite.</exception>
public sealed record GateBaseline(IReadOnlyDictionary<string, double> Metrics, BenchmarkPredictions? Predictions = null)
    : GateModel("baseline", Metrics, Predictions);
