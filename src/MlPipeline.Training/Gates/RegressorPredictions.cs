using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Gates;

/// <summary>A regressor's predictions on the benchmark rows; the arguments are those of <see cref="MetricsCalculator.Regression"/>.</summary>
public sealed record RegressorPredictions : BenchmarkPredictions
{
    /// <exception cref="ArgumentException">Inputs that <see cref="MetricsCalculator.Regression"/> rejects.</exception>
    public RegressorPredictions(float[] truth, float[] predicted)
    {
        MetricInputs.CheckRegression(truth, predicted, nameof(predicted));
        (Truth, Predicted) = (truth, predicted);
    }

    public float[] Truth { get; }

    public float[] Predicted { get; }

    public override int RowCount => Truth.Length;

    internal override IReadOnlyDictionary<string, PairedDelta> DeltasFrom(BenchmarkPredictions baseline, BootstrapOptions options)
    {
        if (baseline is not RegressorPredictions other)
        {
            throw OtherTask(Describe(), baseline);
        }

        CheckSameRows(Truth, other.Truth);
        return PairedBootstrap.Deltas(Truth, other.Predicted, Predicted, options);
    }

    private protected override string Describe() => "a regressor's";
}
