namespace MlPipeline.Reporting.Content;

/// <summary>A benchmark metric with its 95% bootstrap interval when one was computed.</summary>
public sealed record MetricEstimate(string Name, double Value, double? Low, double? High);
