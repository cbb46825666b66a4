using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Tests.Support;

/// <summary>Reports on small, hand-checked data: every number a test asserts can be worked out on paper.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset Generated = new(2026, 12, 4, 10, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A binary classifier on four rows: p(yes) 0.9 (yes), 0.8 (no), 0.7 (yes), 0.6 (no). ROC: (0,0) (0,½) (½,½) (½,1) (1,1),
    /// AUC ¾; average precision ½·1 + ½·⅔ = ⅚.
    /// </summary>
    public static ReportContent Binary() => new(
        new ModelIdentity("churn", 3, "passed", "xgboost", "sha256:" + new string('a', 64), "sha256:" + new string('b', 64), "0123456789"),
        "binary",
        "macro_f1",
        [new MetricEstimate("macro_f1", 0.62, 0.58, 0.66), new MetricEstimate("roc_auc", 0.75, null, null)],
        new GateSummary(true, true, 0.95,
        [
            new GateOutcome("macro_f1>=0.5", "macro_f1", "passed", 0.62, null, null, null, null, "0.6200 ≥ 0.5"),
            new GateOutcome("macro_f1:no-worse-than-baseline:0.02", "macro_f1", "passed", 0.62, 0.61, 0.01, -0.02, 0.04, "the change's interval stays above −0.02"),
        ]),
        new ConfusionTable(["no", "yes"], [[1, 1], [0, 2]]),
        new ClassifiedRows(["no", "yes"], [1, 0, 1, 0], [[0.1, 0.9], [0.2, 0.8], [0.3, 0.7], [0.4, 0.6]]),
        null,
        [new FeatureImportance("tenure", 0.5), new FeatureImportance("plan \"pro\"", 0.25)],
        [
            new VersionMetrics(1, "retired", new Dictionary<string, double> { ["macro_f1"] = 0.5 }),
            new VersionMetrics(2, "deployed", new Dictionary<string, double> { ["macro_f1"] = 0.6 }),
            new VersionMetrics(3, "passed", new Dictionary<string, double> { ["macro_f1"] = 0.62 }),
        ],
        [new TrialOutcome(0, "completed", 0.5), new TrialOutcome(1, "pruned", 0.7), new TrialOutcome(2, "completed", 0.4), new TrialOutcome(3, "failed", null)],
        [new ColumnDriftScore("wind", "ks", 0.01, 0.05, true), new ColumnDriftScore("plan", "chi2", 0.4, 0.05, false)],
        new Dictionary<ReportPart, string>(),
        Generated);

    /// <summary>
    /// A three-class classifier on six rows, two per class; each row's highest probability is its true class except the
    /// last, which is called "b" at 0.5.
    /// </summary>
    public static ReportContent Multiclass() => Binary() with
    {
        Model = new ModelIdentity("weather", 1, "passed", "xgboost", "sha256:" + new string('e', 64), "sha256:" + new string('f', 64), "fedcba9876"),
        Task = "multiclass",
        Confusion = new ConfusionTable(["a", "b", "c"], [[2, 0, 0], [0, 2, 0], [0, 1, 1]]),
        Classified = new ClassifiedRows(["a", "b", "c"], [0, 0, 1, 1, 2, 2],
        [
            [0.8, 0.1, 0.1], [0.6, 0.3, 0.1], [0.2, 0.7, 0.1], [0.1, 0.5, 0.4], [0.1, 0.2, 0.7], [0.1, 0.5, 0.4],
        ]),
    };

    /// <summary>A regressor on three rows: actual 1, 2, 4; predicted 1.5, 2, 3 (residuals −0.5, 0, 1); nothing else known.</summary>
    public static ReportContent Regression() => new(
        new ModelIdentity("cars", null, null, "xgboost", "sha256:" + new string('c', 64), "sha256:" + new string('d', 64), null),
        "regression",
        "rmse",
        [new MetricEstimate("rmse", 0.6455, 0.2, 0.9)],
        null,
        null,
        null,
        new RegressedRows([1, 2, 4], [1.5, 2, 3]),
        [],
        [],
        [],
        [],
        new Dictionary<ReportPart, string> { [ReportPart.Importance] = "none: fasttree models have no SHAP contributions" },
        Generated);
}
