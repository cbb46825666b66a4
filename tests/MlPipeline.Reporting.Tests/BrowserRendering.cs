using MlPipeline.Reporting.Content;
using MlPipeline.Reporting.Html;
using MlPipeline.Reporting.Tests.Support;

namespace MlPipeline.Reporting.Tests;

/// <summary>report.html in a real headless chromium, from file://, with the network refused.</summary>
public sealed class BrowserRendering
{
    public static TheoryData<string> Reports => ["binary", "multiclass", "regression"];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task ThePageRendersEveryChartOfflineWithoutAnError(string kind)
    {
        var content = kind switch
        {
            "binary" => SampleReports.Binary(),
            "multiclass" => SampleReports.Multiclass(),
            _ => SampleReports.Regression(),
        };
        using var folder = new TemporaryDirectory();
        ReportFiles.Write(folder.Path, content, ReportLibraries.Load());
        var file = folder.File(ReportFiles.HtmlName);

        await using var page = await OfflinePage.OpenAsync(file);
        await page.Tab.WaitForSelectorAsync("body[data-rendered]");

        Assert.Equal("true", await page.Tab.GetAttributeAsync("body", "data-rendered"));
        Assert.Empty(page.Requests);
        Assert.Empty(page.Errors);
        var specs = HtmlReport.Specs(File.ReadAllText(file));
        Assert.Equal(kind == "regression" ? 2 : 8, specs.Count);
        foreach (var (chart, spec) in specs)
        {
            // Vega draws each mark as <g class="mark-… role-mark"> holding one element per datum (or one path for a line).
            var drawn = await page.Tab.EvaluateAsync<int>($"document.querySelectorAll('#{chart} svg g.role-mark > *').length");
            Assert.True(drawn > 0, $"{chart} drew no mark");
            if (spec!["data"]?["values"] is { } values)
            {
                // Vega-Lite names a chart's top-level data source_0: the view holds every row the page was given.
                Assert.Equal(values.AsArray().Count, await page.Tab.EvaluateAsync<int>($"window.reportViews['{chart}'].data('source_0').length"));
            }
        }

        if (content.Confusion is { } confusion)
        {
            Assert.Equal(confusion.Classes.Count * confusion.Classes.Count, await page.Tab.EvaluateAsync<int>("document.querySelectorAll('#chart-confusion svg g.mark-rect.role-mark > path').length"));
        }
    }

    [Fact]
    public async Task TheOfflinePageRecordsARequestAndAConsoleError()
    {
        using var folder = new TemporaryDirectory();
        var file = folder.File("page.html");
        File.WriteAllText(file, "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"><script>console.error('broken');</script></body></html>");

        await using var page = await OfflinePage.OpenAsync(file);

        Assert.Equal(["http://example.invalid/x.png"], page.Requests);
        Assert.Contains("error: broken", page.Errors);
    }
}
