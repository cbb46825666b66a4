using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Gates;

/// <summary>A classifier's probabilities on the benchmark rows; the arguments are those of <see cref="MetricsCalculator.Classification"/>.</summary>
public sealed record ClassifierPredictions : BenchmarkPredictions
{
    /// <param name="truth">The true class of each row, 0..<paramref name="classCount"/> − 1.</param>
    /// <param name="probabilities">Binary: p(class 1) per row. Multiclass: row-major [rows, classCount].</param>
    /// <param name="classCount">Number of classes, at least 2.</param>
    /// <exception cref="ArgumentException">Inputs that <see cref="MetricsCalculator.Classification"/> rejects.</exception>
    public ClassifierPredictions(int[] truth, float[] probabilities, int classCount)
    {
        MetricInputs.CheckClassification(truth, probabilities, classCount, nameof(probabilities));
        (Truth, Probabilities, ClassCount) = (truth, probabilities, classCount);
    }

    public int[] Truth { get; }

    public float[] Probabilities { get; }

    public int ClassCount { get; }

    public override int RowCount => Truth.Length;

    internal override IReadOnlyDictionary<string, PairedDelta> DeltasFrom(BenchmarkPredictions baseline, BootstrapOptions options)
    {
        if (baseline is not ClassifierPredictions other || other.ClassCount != ClassCount)
        {
            throw OtherTask(Describe(), baseline);
        }

        CheckSameRows(Truth, other.Truth);
        return PairedBootstrap.Deltas(Truth, other.Probabilities, Probabilities, ClassCount, options);
    }

    private protected override string Describe() => $"a classifier's over {ClassCount} classes";
}
