using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Gates;

/// <summary>
/// A model's outputs on the benchmark rows, with the rows' truth: what the paired bootstrap resamples when a
/// <see cref="BaselineGate"/> compares a quality metric. <see cref="ClassifierPredictions"/> or <see cref="RegressorPredictions"/>.
/// </summary>
public abstract record BenchmarkPredictions
{
    private protected BenchmarkPredictions()
    {
    }

    /// <summary>How many benchmark rows were scored.</summary>
    public abstract int RowCount { get; }

    /// <summary>Paired deltas this − <paramref name="baseline"/> of every metric defined on the rows.</summary>
    /// <exception cref="ArgumentException">The baseline is of another task or was scored on other rows.</exception>
    internal abstract IReadOnlyDictionary<string, PairedDelta> DeltasFrom(BenchmarkPredictions baseline, BootstrapOptions options);

    private protected static void CheckSameRows<T>(T[] candidate, T[] baseline)
        where T : IEquatable<T>
    {
        if (candidate.Length != baseline.Length)
        {
            throw new ArgumentException(
                $"The candidate was scored on {candidate.Length} benchmark rows and the baseline on {baseline.Length}; " +
                "score both models on the same rows, in the same order.",
                nameof(baseline));
        }

        var row = candidate.AsSpan().CommonPrefixLength(baseline);
        if (row < candidate.Length)
        {
            throw new ArgumentException(
                $"The candidate's and the baseline's truth differ at row {row} ({candidate[row]} vs {baseline[row]}), so they were scored " +
                "on different rows or in a different order; align the baseline's predictions with the candidate's benchmark rows.",
                nameof(baseline));
        }
    }

    private protected static ArgumentException OtherTask(string candidate, BenchmarkPredictions baseline) => new(
        $"The candidate's predictions are {candidate} but the baseline's are {baseline.Describe()}; a baseline gate compares models of the same task.",
        nameof(baseline));

    private protected abstract string Describe();
}
