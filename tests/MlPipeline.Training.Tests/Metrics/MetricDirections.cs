using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class MetricDirections
{
    [Theory]
    [InlineData("log_loss", true)]
    [InlineData("rmse", true)]
    [InlineData("mae", true)]
    [InlineData("roc_auc", false)]
    [InlineData("r2", false)]
    [InlineData("accuracy", false)]
    public void LossesAreLowerIsBetterAndScoresAreNot(string metric, bool lowerIsBetter)
    {
        Assert.Equal(lowerIsBetter, MetricNames.LowerIsBetter(metric));
    }

    [Fact]
    public void EveryKnownMetricHasADirection()
    {
        foreach (var metric in MetricNames.Classification.Concat(MetricNames.Regression))
        {
            _ = MetricNames.LowerIsBetter(metric);
        }

        var error = Assert.Throws<ArgumentException>(() => MetricNames.LowerIsBetter("auc"));
        Assert.Contains("Unknown metric 'auc'. Known metrics: accuracy", error.Message);
    }
}
