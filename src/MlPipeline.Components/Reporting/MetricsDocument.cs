namespace MlPipeline.Components.Reporting;

/// <summary>The contents of <c>metrics.json</c> as <see cref="MlPipeline.Training.Metrics.MetricsFile"/> writes them.</summary>
internal sealed record MetricsDocument(
    string Task,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, MetricInterval>? Intervals = null,
    IReadOnlyList<string>? Classes = null,
    IReadOnlyList<IReadOnlyList<long>>? ConfusionMatrix = null);

internal sealed record MetricInterval(double Low, double High);
