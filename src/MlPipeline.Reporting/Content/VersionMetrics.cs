namespace MlPipeline.Reporting.Content;

/// <summary>A registered version and its benchmark metrics, for the history across versions.</summary>
public sealed record VersionMetrics(int Version, string State, IReadOnlyDictionary<string, double> Metrics);
