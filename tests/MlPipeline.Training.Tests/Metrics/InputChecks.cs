using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class InputChecks
{
    [Fact]
    public void MulticlassProbabilitiesOfTheWrongShapeSayWhatShapeWasExpected()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Classification([0, 1, 2], new float[8], classCount: 3));

        Assert.Equal("probabilities", error.ParamName);
        Assert.Contains("probabilities has 8 values but truth has 3 rows and classCount is 3: expected 3 × 3 = 9 values, row-major [row, class]", error.Message);
    }

    [Fact]
    public void BinaryProbabilitiesWithTwoColumnsAreToldToPassTheSecondColumn()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Classification([0, 1], [0.9f, 0.1f, 0.2f, 0.8f], classCount: 2));

        Assert.Contains("expects 2 values, one p(class 1) per row", error.Message);
        Assert.Contains("pass its second column only", error.Message);
    }

    [Fact]
    public void AClassIndexOutOfRangeNamesTheRow()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Classification([0, 3, 1], new float[9], classCount: 3));

        Assert.Equal("truth", error.ParamName);
        Assert.Contains("truth[1] is 3, but class indices must be in 0..2", error.Message);
    }

    [Fact]
    public void AProbabilityOutsideZeroToOneNamesTheRowAndClass()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Classification([0, 1], [0.5f, 0.5f, 0f, float.NaN, 1f, 0f], classCount: 3));

        Assert.Contains("probabilities[3] (row 1, class 0) is NaN", error.Message);
    }

    [Fact]
    public void RegressionArraysOfDifferentLengthsSaySo()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Regression([1f, 2f, 3f], [1f, 2f]));

        Assert.Equal("predicted", error.ParamName);
        Assert.Contains("Length mismatch: predicted has 2 values but truth has 3", error.Message);
    }

    [Fact]
    public void NoRowsAtAllIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => MetricsCalculator.Regression([], []));

        Assert.Contains("truth is empty", error.Message);
    }

    [Fact]
    public void FewerThanTwoClassesIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MetricsCalculator.Classification([0], [1f], classCount: 1));
    }

    [Fact]
    public void PairedInputsNameTheModelWhoseArrayIsWrong()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedBootstrap.Delta("rmse", [1f, 2f], [1f, 2f], [1f], BootstrapOptions.Default));

        Assert.Equal("predictedB", error.ParamName);
    }

    [Fact]
    public void AnUnknownMetricListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedBootstrap.Delta("auc", [0, 1], [0.2f, 0.8f], [0.3f, 0.7f], classCount: 2));

        Assert.Contains("Unknown metric 'auc' for this task. Known metrics: accuracy, precision", error.Message);
    }

    [Fact]
    public void BootstrapOptionsRejectNonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapOptions { Replicates = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new BootstrapOptions { ConfidenceLevel = 1.0 });
    }
}
