using System.Globalization;
using System.Text;
using MlPipeline.Reporting.Charts;
using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Markdown;

internal static partial class MarkdownReport
{
    /// <summary>Mermaid draws every point; longer series show their most recent part.</summary>
    public const int MaxVersions = 50, MaxTrialPoints = 100, MaxFeatures = 15, MaxDriftRows = 50;

    private static string Header(ReportContent content)
    {
        var model = content.Model;
        var primary = content.Metrics.FirstOrDefault(m => m.Name == content.PrimaryMetric);
        return new StringBuilder("## Model report: ").Append(Cell(ReportText.Title(model))).Append("\n\n")
            .Append(primary is null ? "" : $"**{primary.Name} {ReportText.Number(primary.Value)}** (95% interval {ReportText.Interval(primary.Low, primary.High)}) · ")
            .Append(content.Task).Append(" · ").Append(model.Trainer)
            .Append(" · model `").Append(ReportText.Short(model.ModelSha256)).Append("` · data `").Append(ReportText.Short(model.DataHash)).Append('`')
            .Append(model.Commit is null ? "" : $" · commit `{model.Commit}`")
            .Append(" · ").Append(ReportText.Generated(content.Generated)).Append('\n')
            .ToString();
    }

    private static string Gates(ReportContent content)
    {
        if (content.Gates is not { } gates)
        {
            return $"### Gates\n\nLeft out: {content.WhyAbsent(ReportPart.Gates, "RegressionTest did not run (gate.json is missing)")}.\n";
        }

        var text = new StringBuilder($"### Gates: {ReportText.Mark(ReportText.Verdict(gates))} {ReportText.Verdict(gates)}\n\n");
        if (!gates.HasBaseline)
        {
            text.Append("No baseline yet: only absolute gates applied.\n\n");
        }

        text.Append($"| gate | | candidate | baseline | change | {ReportText.Percent(gates.ConfidenceLevel)} interval of the change | why |\n|---|---|--:|--:|--:|--:|---|\n");
        foreach (var gate in gates.Verdicts)
        {
            text.Append($"| `{Cell(gate.Gate)}` | {ReportText.Mark(gate.State)} {gate.State} | {ReportText.Number(gate.Candidate)} | {ReportText.Number(gate.Baseline)} | {ReportText.Signed(gate.Delta)} | {ReportText.SignedInterval(gate.DeltaLow, gate.DeltaHigh)} | {Cell(gate.Message)} |\n");
        }

        return text.ToString();
    }

    private static string Metrics(ReportContent content)
    {
        var text = new StringBuilder("### Metrics on the benchmark split\n\n| metric | value | 95% interval |\n|---|--:|--:|\n");
        foreach (var metric in content.Metrics)
        {
            text.Append($"| {Cell(metric.Name)} | {ReportText.Number(metric.Value)} | {ReportText.Interval(metric.Low, metric.High)} |\n");
        }

        return text.ToString();
    }

    private static string? Confusion(ReportContent content)
    {
        if (content.Confusion is not { } table)
        {
            return null;
        }

        var text = new StringBuilder("### Confusion matrix\n\nRows: true class; columns: predicted class.\n\n| true \\ predicted | ")
            .AppendJoin(" | ", table.Classes.Select(Cell)).Append(" |\n|---|").Append(string.Concat(table.Classes.Select(_ => "--:|"))).Append('\n');
        for (var a = 0; a < table.Classes.Count; a++)
        {
            text.Append("| **").Append(Cell(table.Classes[a])).Append("** | ")
                .AppendJoin(" | ", table.Counts[a].Select((count, p) => p == a ? $"**{count}**" : count.ToString(CultureInfo.InvariantCulture))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string History(ReportContent content)
    {
        var title = $"### {content.PrimaryMetric} across registry versions\n\n";
        var versions = content.History.Where(v => v.Metrics.ContainsKey(content.PrimaryMetric)).ToArray();
        if (versions.Length == 0)
        {
            return title + $"Left out: {content.WhyAbsent(ReportPart.History, $"the registry holds no version of {content.Model.Name} with {content.PrimaryMetric}")}.\n";
        }

        var shown = versions.TakeLast(MaxVersions).ToArray();
        return title
            + (shown.Length < versions.Length ? $"The last {shown.Length} of {versions.Length} versions.\n\n" : "")
            + MermaidChart.Line($"{content.PrimaryMetric} by version", [.. shown.Select(v => $"v{v.Version}")], content.PrimaryMetric, [.. shown.Select(v => v.Metrics[content.PrimaryMetric])]);
    }

    private static string Tuning(ReportContent content)
    {
        const string title = "### Tuning progress\n\n";
        var best = TuningProgress.BestSoFar(content.Trials);
        if (best.Count == 0)
        {
            return title + $"Left out: {content.WhyAbsent(ReportPart.Tuning, "no completed trial has a validation loss")}.\n";
        }

        // Every k-th point and the last one, so long studies still fit in a readable chart.
        var step = (best.Count + MaxTrialPoints - 1) / MaxTrialPoints;
        var shown = best.Where((_, i) => i % step == 0 || i == best.Count - 1).ToArray();
        return title
            + $"{content.Trials.Count} trials; best validation loss {ReportText.Number(best[^1].Best)} (trial {BestTrial(content.Trials)})."
            + (step > 1 ? $" One trial in {step} is drawn." : "") + "\n\n"
            + MermaidChart.Line("Best validation loss so far", [.. shown.Select(b => b.Number.ToString(CultureInfo.InvariantCulture))], "validation loss", [.. shown.Select(b => b.Best)]);
    }

    private static int BestTrial(IReadOnlyList<TrialOutcome> trials) =>
        trials.Where(t => t.State == "completed" && t.Value is { } v && double.IsFinite(v)).MinBy(t => t.Value)!.Number;

    private static string Importance(ReportContent content)
    {
        const string title = "### Feature importance (mean |SHAP|)\n\n";
        if (content.Importance.Count == 0)
        {
            return title + $"Left out: {content.WhyAbsent(ReportPart.Importance, "importance.json is missing (Evaluate writes it)")}.\n";
        }

        var shown = content.Importance.OrderByDescending(f => f.Importance).Take(MaxFeatures).ToArray();
        return title
            + (shown.Length < content.Importance.Count ? $"The {shown.Length} most important of {content.Importance.Count} features.\n\n" : "")
            + MermaidChart.Bar("Mean |SHAP| per feature", [.. shown.Select(f => f.Feature)], "mean |SHAP|", [.. shown.Select(f => f.Importance)]);
    }

    private static string Drift(ReportContent content)
    {
        const string title = "### Drift per column\n\n";
        if (content.Drift.Count == 0)
        {
            return title + $"Left out: {content.WhyAbsent(ReportPart.Drift, "no DetectDrift run (artifacts/data/drift.json is missing)")}.\n";
        }

        var shown = content.Drift.OrderByDescending(c => c.Drifted).Take(MaxDriftRows).ToArray();
        var text = new StringBuilder($"{content.Drift.Count(c => c.Drifted)} of {content.Drift.Count} columns drifted"
            + (shown.Length < content.Drift.Count ? $"; the first {shown.Length} rows, drifted columns first" : "") + ".\n\n| column | method | score | threshold | |\n|---|---|--:|--:|---|\n");
        foreach (var column in shown)
        {
            text.Append($"| {Cell(column.Column)} | {column.Method} | {ReportText.Number(column.Score)} | {ReportText.Number(column.Threshold)} | {(column.Drifted ? "⚠️ drifted" : "")} |\n");
        }

        return text.ToString();
    }
}
