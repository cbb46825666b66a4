using System.Text.Json.Nodes;

namespace MlPipeline.Reporting.Charts;

/// <summary>One chart of the HTML report: a Vega-Lite specification, or the reason it is left out.</summary>
/// <param name="Id">The chart's element id in the page (chart-roc, …).</param>
/// <param name="Caption">What the chart shows in one sentence (an AUC, a count).</param>
/// <param name="Spec">Null when the chart is left out.</param>
/// <param name="Absent">Why the chart is left out; null when it is drawn.</param>
internal sealed record ChartSection(string Id, string Title, string? Caption, JsonObject? Spec, string? Absent)
{
    public static ChartSection Drawn(string id, string title, string? caption, object spec) =>
        new(id, title, caption, VegaLite.Spec(spec), null);

    public static ChartSection LeftOut(string id, string title, string reason) => new(id, title, null, null, reason);
}
