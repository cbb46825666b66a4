using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Gates;

/// <summary>
/// Every metric a gate can name: the quality metrics of <see cref="MetricNames"/> and the operational ones below,
/// each with its direction.
/// </summary>
public static class GateMetrics
{
    /// <summary>Size of the model file, in bytes.</summary>
    public const string ModelSizeBytes = "model_size_bytes";

    /// <summary>Median latency of a single-row predict call, in milliseconds.</summary>
    public const string PredictLatencyP50Ms = "predict_latency_p50_ms";

    /// <summary>99th-percentile latency of a single-row predict call, in milliseconds.</summary>
    public const string PredictLatencyP99Ms = "predict_latency_p99_ms";

    /// <summary>Metrics measured on the model rather than scored on rows, so no bootstrap applies; all lower-is-better.</summary>
    public static IReadOnlyList<string> Operational { get; } = [ModelSizeBytes, PredictLatencyP50Ms, PredictLatencyP99Ms];

    /// <summary>The classification metrics, then the regression ones, then the operational ones.</summary>
    public static IReadOnlyList<string> All { get; } = [.. MetricNames.Classification, .. MetricNames.Regression, .. Operational];

    public static bool IsKnown(string metric) => All.Contains(metric, StringComparer.Ordinal);

    public static bool IsOperational(string metric) => Operational.Contains(metric, StringComparer.Ordinal);

    /// <summary>True for losses, errors, size and latency; false for scores.</summary>
    /// <exception cref="ArgumentException">The name is not in <see cref="All"/>; the message suggests the closest one.</exception>
    public static bool LowerIsBetter(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        GateRules.Require(GateRules.MetricProblem(metric), "metric", nameof(metric));
        return IsOperational(metric) || MetricNames.LowerIsBetter(metric);
    }
}
