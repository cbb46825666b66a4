using MlPipeline.Data.Schemas;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class RegressionMetricValues
{
    private static readonly float[] Truth = [3.0f, -0.5f, 2.0f, 7.0f, 4.25f, 1.5f, 0.0f, 5.5f];
    private static readonly float[] Predicted = [2.5f, 0.0f, 2.0f, 8.0f, 4.0f, 1.0f, -0.75f, 6.0f];

    // Expected values: python3, sklearn 1.2.1, t and q the arrays above as float64:
    [Theory]
    [InlineData("rmse", 0.57282196186948)] // np.sqrt(mean_squared_error(t, q))
    [InlineData("mae", 0.5)] // mean_absolute_error(t, q)
    [InlineData("r2", 0.9454456892352655)] // r2_score(t, q)
    public void EachMetricMatchesScikitLearn(string metric, double expected)
    {
        var metrics = MetricsCalculator.Regression(Truth, Predicted);

        Assert.Equal(TaskKind.Regression, metrics.Task);
        Assert.Equal(MetricNames.Regression, metrics.Values.Keys);
        Assert.Equal(expected, metrics.Values[metric], 1e-12);
    }

    [Fact]
    public void APerfectPredictionHasR2OfOneAndNoError()
    {
        var metrics = MetricsCalculator.Regression(Truth, Truth);

        Assert.Equal(1.0, metrics.Values[MetricNames.R2]);
        Assert.Equal(0.0, metrics.Values[MetricNames.Rmse]);
        Assert.Equal(0.0, metrics.Values[MetricNames.Mae]);
    }

    [Fact]
    public void PredictingTheMeanHasR2OfZero()
    {
        var mean = Truth.Average(); // 2.84375, exact in float32
        var metrics = MetricsCalculator.Regression(Truth, Enumerable.Repeat(mean, Truth.Length).ToArray());

        Assert.Equal(0.0, metrics.Values[MetricNames.R2], 1e-15);
    }

    [Fact]
    public void AConstantTruthScoresR2LikeScikitLearnsForceFinite()
    {
        // r2_score([2,2,2], [2,2,2]) == 1.0 and r2_score([2,2,2], [1,2,3]) == 0.0
        Assert.Equal(1.0, MetricsCalculator.Regression([2f, 2f, 2f], [2f, 2f, 2f]).Values[MetricNames.R2]);
        Assert.Equal(0.0, MetricsCalculator.Regression([2f, 2f, 2f], [1f, 2f, 3f]).Values[MetricNames.R2]);
    }
}
