namespace MlPipeline.Reporting.Content;

/// <summary>
/// Everything a report shows, as plain values the caller fills from its artifacts; a part that is null or empty is left
/// out of the report with the reason in <see cref="Absent"/> (or a generic one).
/// </summary>
/// <param name="Task">binary, multiclass or regression.</param>
/// <param name="PrimaryMetric">The metric of the history chart and the headline (macro_f1, rmse).</param>
/// <param name="Classified">The benchmark rows of a classifier: ROC, PR and calibration are computed from them.</param>
/// <param name="Regressed">The benchmark rows of a regressor: residuals and predicted against actual.</param>
/// <param name="Absent">Why a part is missing, by part (<see cref="ReportPart"/>), in the caller's words.</param>
public sealed record ReportContent(
    ModelIdentity Model,
    string Task,
    string PrimaryMetric,
    IReadOnlyList<MetricEstimate> Metrics,
    GateSummary? Gates,
    ConfusionTable? Confusion,
    ClassifiedRows? Classified,
    RegressedRows? Regressed,
    IReadOnlyList<FeatureImportance> Importance,
    IReadOnlyList<VersionMetrics> History,
    IReadOnlyList<TrialOutcome> Trials,
    IReadOnlyList<ColumnDriftScore> Drift,
    IReadOnlyDictionary<ReportPart, string> Absent,
    DateTimeOffset Generated)
{
    public bool IsRegression => Task == "regression";

    /// <summary>The caller's reason for a missing part, else <paramref name="fallback"/>.</summary>
    public string WhyAbsent(ReportPart part, string fallback) => Absent.TryGetValue(part, out var reason) ? reason : fallback;
}
