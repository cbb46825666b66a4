using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MlPipeline.Reporting.Charts;
using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Html;

/// <summary>
/// <c>report.html</c>: one file that works offline. The Vega libraries are inlined, the charts' specifications and data are
/// one JSON block, and a Content-Security-Policy forbids every fetch, so the page cannot reach the network even by mistake.
/// </summary>
internal static partial class HtmlReport
{
    // Vega compiles its expressions with Function(): 'unsafe-eval' is needed; connect-src and the rest stay 'none'.
    private const string Policy = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:";

    public static string Render(ReportContent content, VegaLibraries libraries)
    {
        var charts = ReportCharts.Build(content);
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\">\n")
            .Append("<title>").Append(Encode(ReportText.Title(content.Model))).Append("</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n");
        foreach (var script in new[] { libraries.Vega, libraries.VegaLite, libraries.VegaEmbed })
        {
            html.Append("<script>").Append(InlineScript(script)).Append("</script>\n");
        }

        html.Append("</head>\n<body>\n<h1>").Append(Encode(ReportText.Title(content.Model))).Append("</h1>\n");
        Summary(html, content);
        foreach (var chart in charts)
        {
            html.Append("<section><h2>").Append(Encode(chart.Title)).Append("</h2>\n");
            html.Append(chart.Spec is null
                ? $"<p class=\"absent\">Left out: {Encode(chart.Absent!)}.</p>\n"
                : $"<p>{Encode(chart.Caption ?? "")}</p>\n<div class=\"chart\" id=\"{chart.Id}\"></div>\n");
            html.Append("</section>\n");
        }

        var specs = new JsonObject(charts.Where(c => c.Spec is not null).Select(c => KeyValuePair.Create(c.Id, (JsonNode?)c.Spec!.DeepClone())));
        // The default encoder escapes '<', so the JSON cannot end its script element early.
        html.Append("<script type=\"application/json\" id=\"chart-specs\">").Append(specs.ToJsonString(new JsonSerializerOptions())).Append("</script>\n")
            .Append("<script>").Append(Embedding).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The chart specifications of <paramref name="html"/>, by chart id, as the page hands them to vega-embed.</summary>
    public static JsonObject Specs(string html)
    {
        var match = SpecsBlock().Match(html);
        return match.Success ? JsonNode.Parse(match.Groups[1].Value)!.AsObject() : throw new ArgumentException("The page has no chart-specs block.", nameof(html));
    }

    // A library's text must not close the script element that holds it.
    private static string InlineScript(string script) => ClosingScript().Replace(script, @"<\/script");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("</script", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingScript();

    [GeneratedRegex("<script type=\"application/json\" id=\"chart-specs\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex SpecsBlock();

    // Each chart renders as SVG; the page records every view (window.reportViews) and whether all rendered
    // (body data-rendered="true" or "failed"), which the browser test reads.
    private const string Embedding = """
        const specs = JSON.parse(document.getElementById('chart-specs').textContent);
        window.reportViews = {};
        Promise.all(Object.entries(specs).map(([id, spec]) =>
          vegaEmbed('#' + id, spec, { actions: false, renderer: 'svg', mode: 'vega-lite' }).then(result => { window.reportViews[id] = result.view; })))
          .then(() => { document.body.dataset.rendered = 'true'; },
                error => { document.body.dataset.rendered = 'failed'; console.error(error); });
        """;

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #222; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .absent { color: #777; font-style: italic; }
        .passed { color: #1a7f37; } .failed { color: #cf222e; }
        section { margin-bottom: 2rem; }
        """;
}
