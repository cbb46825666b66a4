namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>A percentile bootstrap interval of one metric.</summary>
/// <param name="Replicates">How many replicates defined the metric (those where it was undefined are skipped).</param>
public sealed record ConfidenceInterval(double Low, double High, int Replicates)
{
    public bool Contains(double value) => value >= Low && value <= High;
}
