using System.Text;
using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Html;

internal static partial class HtmlReport
{
    private static void Summary(StringBuilder html, ReportContent content)
    {
        var model = content.Model;
        html.Append("<p>").Append(Encode($"{content.Task} · {model.Trainer} · model {ReportText.Short(model.ModelSha256)} · data {ReportText.Short(model.DataHash)}"
            + (model.Commit is null ? "" : $" · commit {model.Commit}") + $" · {ReportText.Generated(content.Generated)}")).Append("</p>\n");

        html.Append("<h2>Metrics on the benchmark split</h2>\n<table><tr><th>metric</th><th>value</th><th>95% interval</th></tr>\n");
        foreach (var metric in content.Metrics)
        {
            Row(html, [metric.Name], [ReportText.Number(metric.Value), ReportText.Interval(metric.Low, metric.High)]);
        }

        html.Append("</table>\n");
        if (content.Gates is not { } gates)
        {
            html.Append("<h2>Gates</h2>\n<p class=\"absent\">Left out: ").Append(Encode(content.WhyAbsent(ReportPart.Gates, "RegressionTest did not run (gate.json is missing)"))).Append(".</p>\n");
            return;
        }

        html.Append("<h2>Gates: <span class=\"").Append(ReportText.Verdict(gates)).Append("\">").Append(ReportText.Verdict(gates)).Append("</span></h2>\n")
            .Append("<table><tr><th>gate</th><th>state</th><th>candidate</th><th>baseline</th><th>change</th><th>")
            .Append(Encode($"{ReportText.Percent(gates.ConfidenceLevel)} interval of the change")).Append("</th><th>why</th></tr>\n");
        foreach (var gate in gates.Verdicts)
        {
            Row(html, [gate.Gate, gate.State], [ReportText.Number(gate.Candidate), ReportText.Number(gate.Baseline), ReportText.Signed(gate.Delta), ReportText.SignedInterval(gate.DeltaLow, gate.DeltaHigh)], gate.Message);
        }

        html.Append("</table>\n");
    }

    private static void Row(StringBuilder html, string[] texts, string[] numbers, string? last = null)
    {
        html.Append("<tr>");
        foreach (var text in texts)
        {
            html.Append("<td>").Append(Encode(text)).Append("</td>");
        }

        foreach (var number in numbers)
        {
            html.Append("<td class=\"number\">").Append(Encode(number)).Append("</td>");
        }

        if (last is not null)
        {
            html.Append("<td>").Append(Encode(last)).Append("</td>");
        }

        html.Append("</tr>\n");
    }
}
