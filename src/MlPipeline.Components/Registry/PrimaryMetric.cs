using MlPipeline.Registry;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Components.Registry;

/// <summary>The metric that picks "the best" version when none is named: macro_f1 for classifiers, rmse for regressors.</summary>
internal static class PrimaryMetric
{
    public static string Of(ModelVersion version) => version.Metrics.ContainsKey(MetricNames.Rmse) ? MetricNames.Rmse : MetricNames.MacroF1;

    /// <summary>The best of <paramref name="versions"/> by their primary metric; the newest among equals.</summary>
    public static ModelVersion? Best(IEnumerable<ModelVersion> versions) => versions
        .Where(v => v.Metrics.ContainsKey(Of(v)))
        .OrderByDescending(v => MetricNames.LowerIsBetter(Of(v)) ? -v.Metrics[Of(v)] : v.Metrics[Of(v)])
        .ThenByDescending(v => v.Version)
        .FirstOrDefault();
}
