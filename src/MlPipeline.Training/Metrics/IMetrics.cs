using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Metrics;

/// <summary>The shape every task's metrics share: the values that go into <c>metrics.json</c>.</summary>
public interface IMetrics
{
    TaskKind Task { get; }

    /// <summary>
    /// Metric name (see <see cref="MetricNames"/>) to value, in a fixed order. A metric that is undefined on
    /// the rows (e.g. roc_auc when the truth holds one class only) is absent rather than NaN.
    /// </summary>
    IReadOnlyDictionary<string, double> Values { get; }
}
