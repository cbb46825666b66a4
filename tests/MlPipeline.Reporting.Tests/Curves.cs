using MlPipeline.Reporting.Curves;

namespace MlPipeline.Reporting.Tests;

public sealed class Curves
{
    private static readonly double[] Scores = [0.9, 0.8, 0.7, 0.6];
    private static readonly bool[] Positive = [true, false, true, false];

    [Fact]
    public void RocOfFourRowsHasTheHandComputedPointsAndArea()
    {
        var roc = RocCurve.Compute(Scores, Positive);

        Assert.Equal([(0, 0), (0, 0.5), (0.5, 0.5), (0.5, 1), (1, 1)], roc.Points.Select(p => (p.X, p.Y)));
        Assert.Equal([double.PositiveInfinity, 0.9, 0.8, 0.7, 0.6], roc.Points.Select(p => p.Threshold));
        Assert.Equal(0.75, roc.Auc, 12);
    }

    [Fact]
    public void EqualScoresAreOneThreshold()
    {
        var roc = RocCurve.Compute([0.5, 0.5, 0.2], [true, false, false]);

        Assert.Equal([(0, 0), (0.5, 1), (1, 1)], roc.Points.Select(p => (p.X, p.Y)));
        Assert.Equal(0.75, roc.Auc, 12);
    }

    [Fact]
    public void RocOfOneClassOnlyIsUndefined()
    {
        var roc = RocCurve.Compute([0.3, 0.4], [true, true]);

        Assert.Empty(roc.Points);
        Assert.True(double.IsNaN(roc.Auc));
    }

    [Fact]
    public void PrecisionRecallStepsAndAveragePrecisionMatchTheHandComputedValues()
    {
        var curve = PrecisionRecallCurve.Compute(Scores, Positive);

        Assert.Equal([(0, 1), (0.5, 1), (0.5, 0.5), (1, 2.0 / 3), (1, 0.5)], curve.Points.Select(p => (p.X, p.Y)));
        Assert.Equal(5.0 / 6, curve.AveragePrecision, 12);
        Assert.Equal(0.5, curve.Prevalence);
    }

    [Fact]
    public void CalibrationBinsHoldTheMeanPredictionAndTheObservedRate()
    {
        var bins = Calibration.Compute([0.05, 0.15, 0.12, 0.95, 1.0], [false, true, false, true, true]);

        Assert.Equal(3, bins.Count);
        Assert.Equal(new ReliabilityBin(0, 0.1, 0.05, 0, 1), bins[0]);
        Assert.Equal((0.1, 0.2, 0.5, 2), (bins[1].Low, bins[1].High, bins[1].ObservedRate, bins[1].Count));
        Assert.Equal(0.135, bins[1].MeanPredicted, 12);
        Assert.Equal((0.9, 1.0, 1.0, 2), (bins[2].Low, bins[2].High, bins[2].ObservedRate, bins[2].Count));
        Assert.Equal(0.975, bins[2].MeanPredicted, 12);
    }

    [Fact]
    public void MismatchedLengthsAreOneMessage()
    {
        var error = Assert.Throws<ArgumentException>(() => RocCurve.Compute([0.1, 0.2], [true]));

        Assert.StartsWith("2 scores but 1 labels", error.Message);
    }
}
