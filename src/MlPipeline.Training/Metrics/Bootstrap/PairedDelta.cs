namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>The difference metric(B) − metric(A) of two models scored on the same resampled rows.</summary>
/// <param name="Observed">The difference on all rows.</param>
/// <param name="Mean">The mean difference over the replicates that define the metric for both models.</param>
/// <param name="Low">Lower percentile bound of the difference.</param>
/// <param name="High">Upper percentile bound of the difference.</param>
/// <param name="Replicates">How many replicates defined the metric for both models.</param>
public sealed record PairedDelta(string Metric, double Observed, double Mean, double Low, double High, int Replicates);
