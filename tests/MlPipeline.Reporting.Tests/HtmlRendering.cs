using System.Text.Json.Nodes;
using MlPipeline.Reporting.Html;
using MlPipeline.Reporting.Tests.Support;

namespace MlPipeline.Reporting.Tests;

public sealed class HtmlRendering
{
    private static readonly VegaLibraries Libraries = ReportLibraries.Load();

    private readonly string _page = HtmlReport.Render(SampleReports.Binary(), Libraries);

    private JsonArray Values(string chart, int layer = -1)
    {
        var spec = HtmlReport.Specs(_page)[chart]!;
        return (layer < 0 ? spec["data"]! : spec["layer"]![layer]!["data"]!)["values"]!.AsArray();
    }

    [Fact]
    public void TheRocChartHoldsTheHandComputedPoints()
    {
        var points = Values("chart-roc").Select(p => ((double)p!["fpr"]!, (double)p["tpr"]!, (string)p["class"]!));

        Assert.Equal([(0, 0, "yes"), (0, 0.5, "yes"), (0.5, 0.5, "yes"), (0.5, 1, "yes"), (1, 1, "yes")], points);
        Assert.Contains("<p>AUC yes 0.7500.</p>", _page);
    }

    [Fact]
    public void ThePrecisionRecallChartHoldsTheHandComputedPoints()
    {
        var points = Values("chart-pr").Select(p => ((double)p!["recall"]!, (double)p["precision"]!));

        Assert.Equal([(0, 1), (0.5, 1), (0.5, 0.5), (1, 2.0 / 3), (1, 0.5)], points);
        Assert.Contains("Average precision yes 0.8333.", _page);
    }

    [Fact]
    public void TheConfusionChartHasOneCellPerPairOfClasses()
    {
        var cells = Values("chart-confusion").Select(c => ((string)c!["actual"]!, (string)c["predicted"]!, (long)c["count"]!));

        Assert.Equal([("no", "no", 1L), ("no", "yes", 1L), ("yes", "no", 0L), ("yes", "yes", 2L)], cells);
    }

    [Fact]
    public void CalibrationBinsThePositiveClassProbability()
    {
        // p(yes) 0.6 and 0.7 fall in [0.6, 0.7) and [0.7, 0.8); 0.8 and 0.9 in the next two: one row each.
        var bins = Values("chart-calibration", layer: 1).Select(b => ((double)b!["predicted"]!, (double)b["observed"]!, (int)b["rows"]!));

        Assert.Equal([(0.6, 0, 1), (0.7, 1, 1), (0.8, 0, 1), (0.9, 1, 1)], bins);
    }

    [Fact]
    public void HistoryTuningImportanceAndDriftCarryTheirNumbers()
    {
        Assert.Equal([(1, 0.5), (2, 0.6), (3, 0.62)], Values("chart-history").Select(v => ((int)v!["version"]!, (double)v["value"]!)));
        Assert.Equal([(0, 0.5), (1, 0.7), (2, 0.4)], Values("chart-tuning", layer: 0).Select(t => ((int)t!["trial"]!, (double)t["value"]!)));
        Assert.Equal([(0, 0.5), (1, 0.5), (2, 0.4), (3, 0.4)], Values("chart-tuning", layer: 1).Select(t => ((int)t!["trial"]!, (double)t["best"]!)));
        Assert.Equal([("tenure", 0.5), ("plan \"pro\"", 0.25)], Values("chart-importance").Select(f => ((string)f!["feature"]!, (double)f["importance"]!)));
        Assert.Equal([("wind (ks)", 0.01, true), ("plan (chi2)", 0.4, false)], Values("chart-drift").Select(c => ((string)c!["column"]!, (double)c["score"]!, (bool)c["drifted"]!)));
    }

    [Fact]
    public void AMulticlassModelGetsOneCurvePerClassAndTopLabelCalibration()
    {
        var page = HtmlReport.Render(SampleReports.Multiclass(), Libraries);
        var specs = HtmlReport.Specs(page);

        // b: 0.7 (b), then 0.5 for a b and a c row (one threshold), 0.3, 0.2, 0.1: twice the area 3 + 4 + 4 + 4 over 2·2·4.
        Assert.Contains("<p>AUC a 1.0000, b 0.9375, c 0.9375; macro mean 0.9583 (one class against the rest).</p>", page);
        var b = specs["chart-roc"]!["data"]!["values"]!.AsArray().Where(p => (string)p!["class"]! == "b").Select(p => ((double)p!["fpr"]!, (double)p["tpr"]!));
        Assert.Equal([(0, 0), (0, 0.5), (0.25, 1), (0.5, 1), (0.75, 1), (1, 1)], b);
        // The predicted class's probability against being right: only the last row (0.5, called b, truly c) is wrong.
        var bins = specs["chart-calibration"]!["layer"]![1]!["data"]!["values"]!.AsArray().Select(v => ((double)v!["predicted"]!, (double)v["observed"]!, (int)v["rows"]!));
        Assert.Equal([(0.5, 0.5, 2), (0.6, 1, 1), (0.7, 1, 2), (0.8, 1, 1)], bins);
    }

    [Fact]
    public void ARegressorGetsResidualsInsteadOfClassifierCharts()
    {
        var page = HtmlReport.Render(SampleReports.Regression(), Libraries);
        var specs = HtmlReport.Specs(page);

        Assert.Equal(["chart-actual", "chart-residuals"], specs.Select(s => s.Key));
        var residuals = specs["chart-residuals"]!["data"]!["values"]!.AsArray().Select(r => ((double)r!["predicted"]!, (double)r["residual"]!));
        Assert.Equal([(1.5, -0.5), (2, 0), (3, 1)], residuals);
        Assert.DoesNotContain("chart-roc", page);
        Assert.Contains("<h2>Feature importance (mean |SHAP|)</h2>\n<p class=\"absent\">Left out: none: fasttree models have no SHAP contributions.</p>", page);
        Assert.Contains("<h2>rmse across registry versions</h2>\n<p class=\"absent\">Left out: the registry holds no version of cars with rmse.</p>", page);
    }

    [Fact]
    public void AScoreThatIsNotANumberIsWrittenAsNaN()
    {
        var content = SampleReports.Binary() with { Drift = [new("empty", "ks", double.NaN, 0.05, false)] };

        var values = HtmlReport.Specs(HtmlReport.Render(content, Libraries))["chart-drift"]!["data"]!["values"]!.AsArray();

        Assert.Equal("NaN", (string)values[0]!["score"]!);
    }

    [Fact]
    public void ThePageInlinesTheLibrariesAndLoadsNothing()
    {
        Assert.Contains(Libraries.Vega, _page);
        Assert.Contains(Libraries.VegaLite, _page);
        Assert.Contains(Libraries.VegaEmbed, _page);
        Assert.DoesNotContain("<script src", _page);
        Assert.DoesNotContain("<link", _page);
        Assert.Contains("default-src 'none'", _page);
    }

    [Fact]
    public void ATextThatLooksLikeMarkupStaysText()
    {
        var sample = SampleReports.Binary();
        var content = sample with { Model = sample.Model with { Name = "<b>x</b>" }, Importance = [new("</script><b>", 1)] };

        var page = HtmlReport.Render(content, Libraries);

        Assert.Contains("<h1>&lt;b&gt;x&lt;/b&gt; version 3 (passed)</h1>", page);
        Assert.Contains("\\u003C/script\\u003E\\u003Cb\\u003E", page);
        Assert.DoesNotContain("</script><b>", page);
    }

    [Fact]
    public void MissingLibrariesAreOneMessageWithTheInstallCommand()
    {
        using var folder = new TemporaryDirectory();

        var error = Assert.Throws<InvalidOperationException>(() => VegaLibraries.Load(folder.Path));

        Assert.Equal(
            $"report.html inlines vega, vega-lite and vega-embed, but in {folder.Path}: vega 6.4.0 is missing ({folder.Path}/node_modules/vega/build/vega.min.js); "
            + $"vega-lite 6.5.0 is missing ({folder.Path}/node_modules/vega-lite/build/vega-lite.min.js); vega-embed 7.3.0 is missing ({folder.Path}/node_modules/vega-embed/build/vega-embed.min.js). "
            + $"Install them with: npm install --no-audit --no-fund --prefix {folder.Path} vega@6.4.0 vega-lite@6.5.0 vega-embed@7.3.0",
            error.Message);
    }
}
