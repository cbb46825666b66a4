using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class PairedDeltas
{
    [Fact]
    public void IdenticalPredictionsDifferByExactlyZero()
    {
        var (truth, positive) = SyntheticModels.Binary(rows: 300, signal: 1.0, seed: 7);

        var deltas = PairedBootstrap.Deltas(truth, positive, (float[])positive.Clone(), classCount: 2);

        Assert.Equal(MetricNames.Classification, deltas.Keys);
        Assert.All(deltas.Values, delta => Assert.Equal((0.0, 0.0, 0.0, 0.0, 1000), (delta.Observed, delta.Mean, delta.Low, delta.High, delta.Replicates)));
    }

    [Fact]
    public void AClearlyBetterClassifierHasAnIntervalAboveZero()
    {
        var (truth, a, b) = SyntheticModels.BinaryPair(rows: 1000, signalA: 0.5, signalB: 1.5, seed: 8);

        var accuracy = PairedBootstrap.Delta(MetricNames.Accuracy, truth, a, b, classCount: 2);
        var rocAuc = PairedBootstrap.Delta(MetricNames.RocAuc, truth, a, b, classCount: 2);
        var logLoss = PairedBootstrap.Delta(MetricNames.LogLoss, truth, a, b, classCount: 2);

        Assert.True(accuracy.Low > 0, $"accuracy delta [{accuracy.Low}, {accuracy.High}]");
        Assert.True(rocAuc.Low > 0, $"roc_auc delta [{rocAuc.Low}, {rocAuc.High}]");
        Assert.True(logLoss.High < 0, $"log_loss delta [{logLoss.Low}, {logLoss.High}]");
        Assert.True(rocAuc.Low <= rocAuc.Mean && rocAuc.Mean <= rocAuc.High);
    }

    [Fact]
    public void TheObservedDeltaIsTheDifferenceOfThePointEstimates()
    {
        var (truth, a, b) = SyntheticModels.BinaryPair(rows: 200, signalA: 0.5, signalB: 1.0, seed: 9);

        var delta = PairedBootstrap.Delta(MetricNames.F1, truth, a, b, classCount: 2, new BootstrapOptions { Replicates = 100 });

        var expected = MetricsCalculator.Classification(truth, b, 2).Values[MetricNames.F1]
            - MetricsCalculator.Classification(truth, a, 2).Values[MetricNames.F1];
        Assert.Equal(expected, delta.Observed, 1e-15);
        Assert.Equal(100, delta.Replicates);
    }

    [Fact]
    public void SwappingTheModelsMirrorsTheInterval()
    {
        var (truth, a, b) = SyntheticModels.BinaryPair(rows: 200, signalA: 0.5, signalB: 1.0, seed: 10);

        var forward = PairedBootstrap.Delta(MetricNames.RocAuc, truth, a, b, classCount: 2);
        var backward = PairedBootstrap.Delta(MetricNames.RocAuc, truth, b, a, classCount: 2);

        Assert.Equal(forward.Low, -backward.High, 1e-12);
        Assert.Equal(forward.High, -backward.Low, 1e-12);
    }

    [Fact]
    public void ALessNoisyRegressorHasAnRmseDeltaBelowZero()
    {
        var (truth, a, b) = SyntheticModels.RegressionPair(rows: 500, noiseA: 1.0, noiseB: 0.7, seed: 11);

        var rmse = PairedBootstrap.Delta(MetricNames.Rmse, truth, a, b);
        var r2 = PairedBootstrap.Delta(MetricNames.R2, truth, a, b);

        Assert.True(rmse.High < 0, $"rmse delta [{rmse.Low}, {rmse.High}]");
        Assert.True(r2.Low > 0, $"r2 delta [{r2.Low}, {r2.High}]");
    }

    [Fact]
    public void AMetricUndefinedOnTheRowsCannotBeCompared()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PairedBootstrap.Delta(MetricNames.RocAuc, [0, 0, 0], [0.1f, 0.2f, 0.3f], [0.3f, 0.2f, 0.1f], classCount: 2));

        Assert.Contains("roc_auc is undefined on these rows", error.Message);
    }
}
