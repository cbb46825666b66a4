using MlPipeline.Training.Gates;

namespace MlPipeline.Training.Tests.Gates;

public sealed class GateMetricDirections
{
    [Theory]
    [InlineData("model_size_bytes", true)]
    [InlineData("predict_latency_p50_ms", true)]
    [InlineData("predict_latency_p99_ms", true)]
    [InlineData("log_loss", true)]
    [InlineData("rmse", true)]
    [InlineData("macro_f1", false)]
    [InlineData("r2", false)]
    public void SizeLatencyAndLossesAreLowerIsBetterAndScoresAreNot(string metric, bool lowerIsBetter)
    {
        Assert.Equal(lowerIsBetter, GateMetrics.LowerIsBetter(metric));
    }

    [Fact]
    public void OnlySizeAndLatencyAreOperational()
    {
        Assert.Equal(["model_size_bytes", "predict_latency_p50_ms", "predict_latency_p99_ms"], GateMetrics.All.Where(GateMetrics.IsOperational));
        Assert.Equal(15, GateMetrics.All.Count);
    }

    [Fact]
    public void AnUnknownMetricHasNoDirection()
    {
        var error = Assert.Throws<ArgumentException>(() => GateMetrics.LowerIsBetter("p99"));

        Assert.StartsWith("Invalid metric: unknown metric 'p99' (did you mean 'predict_latency_p99_ms'?); known metrics: accuracy,", error.Message);
    }
}
