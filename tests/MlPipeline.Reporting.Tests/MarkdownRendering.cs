using MlPipeline.Reporting.Content;
using MlPipeline.Reporting.Markdown;
using MlPipeline.Reporting.Tests.Support;

namespace MlPipeline.Reporting.Tests;

public sealed class MarkdownRendering
{
    private readonly string _report = MarkdownReport.Render(SampleReports.Binary());

    [Fact]
    public void TheHeadlineNamesTheVersionAndThePrimaryMetricWithItsInterval()
    {
        Assert.StartsWith("## Model report: churn version 3 (passed)\n\n**macro_f1 0.6200** (95% interval [0.5800, 0.6600]) · binary · xgboost", _report);
    }

    [Fact]
    public void MetricsCarryTheirIntervals()
    {
        Assert.Contains("| macro_f1 | 0.6200 | [0.5800, 0.6600] |\n| roc_auc | 0.7500 | – |\n", _report);
    }

    [Fact]
    public void GatesShowTheChangeAgainstTheBaselineWithItsInterval()
    {
        Assert.Contains("### Gates: ✅ passed", _report);
        Assert.Contains("| `macro_f1:no-worse-than-baseline:0.02` | ✅ passed | 0.6200 | 0.6100 | +0.0100 | [−0.0200, +0.0400] | the change's interval stays above −0.02 |", _report);
    }

    [Fact]
    public void TheConfusionMatrixIsATableWithTheDiagonalInBold()
    {
        Assert.Contains("| true \\ predicted | no | yes |\n|---|--:|--:|\n| **no** | **1** | 1 |\n| **yes** | 0 | **2** |\n", _report);
    }

    [Fact]
    public void HistoryTuningAndImportanceAreMermaidCharts()
    {
        Assert.Contains("```mermaid\nxychart-beta\n    title \"macro_f1 by version\"\n    x-axis [\"v1\", \"v2\", \"v3\"]\n    y-axis \"macro_f1\" 0.488 --> 0.632\n    line [0.5, 0.6, 0.62]\n```", _report);
        // Best completed loss so far: 0.5 after trial 0 and 1 (pruned does not count), 0.4 from trial 2.
        Assert.Contains("4 trials; best validation loss 0.4000 (trial 2).", _report);
        Assert.Contains("    x-axis [\"0\", \"1\", \"2\", \"3\"]\n    y-axis \"validation loss\" 0.39 --> 0.51\n    line [0.5, 0.5, 0.4, 0.4]\n", _report);
        Assert.Contains("    x-axis [\"tenure\", \"plan 'pro'\"]\n    y-axis \"mean |SHAP|\" 0 --> 0.525\n    bar [0.5, 0.25]\n", _report);
    }

    [Fact]
    public void DriftListsDriftedColumnsFirst()
    {
        Assert.Contains("1 of 2 columns drifted.\n\n| column | method | score | threshold | |\n|---|---|--:|--:|---|\n| wind | ks | 0.0100 | 0.0500 | ⚠️ drifted |\n| plan | chi2 | 0.4000 |", _report);
    }

    [Fact]
    public void MissingPartsSayWhy()
    {
        var report = MarkdownReport.Render(SampleReports.Regression());

        Assert.Contains("### Gates\n\nLeft out: RegressionTest did not run (gate.json is missing).", report);
        Assert.Contains("Left out: none: fasttree models have no SHAP contributions.", report);
        Assert.Contains("Left out: no DetectDrift run (artifacts/data/drift.json is missing).", report);
        Assert.DoesNotContain("Confusion matrix", report);
        Assert.StartsWith("## Model report: cars (not registered)", report);
    }

    [Fact]
    public void AReportOverTheLimitDropsWholeSectionsAndSaysWhich()
    {
        var full = SampleReports.Binary();
        var large = full with { Drift = [.. Enumerable.Range(0, 40).Select(i => new ColumnDriftScore($"column_{i}_{new string('x', 80)}", "psi", 0.3, 0.2, true))] };
        var limit = MarkdownReport.Render(large).Length - 100;

        var report = MarkdownReport.Render(large, limit);

        Assert.True(report.Length <= limit, $"{report.Length} > {limit}");
        Assert.EndsWith("> Cut to fit GitHub's 65,536-character comment limit: the drift table. report.html has them all.\n", report);
        Assert.Contains("### Gates: ✅ passed", report);
        Assert.Contains("### Feature importance", report);
    }

    [Fact]
    public void ALongStudyDrawsEveryKthTrialAndTheLast()
    {
        var content = SampleReports.Binary() with { Trials = [.. Enumerable.Range(0, 250).Select(i => new TrialOutcome(i, "completed", 1.0 / (i + 1)))] };

        var report = MarkdownReport.Render(content);

        Assert.Contains("250 trials; best validation loss 0.0040 (trial 249). One trial in 3 is drawn.", report);
        var axis = report.Split('\n').Single(l => l.StartsWith("    x-axis [\"0\", \"3\"", StringComparison.Ordinal));
        Assert.EndsWith("\"246\", \"249\"]", axis);
        Assert.Equal(84, axis.Split(',').Length);
    }
}
