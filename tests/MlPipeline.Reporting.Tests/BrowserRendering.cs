using Microsoft.Playwright;
using MlPipeline.Reporting.Content;
using MlPipeline.Reporting.Html;
using MlPipeline.Reporting.Tests.Support;

namespace MlPipeline.Reporting.Tests;

/// <summary>report.html in a real headless chromium, from file://, with the network refused.</summary>
public sealed class BrowserRendering
{
    public static TheoryData<string> Reports => ["binary", "regression"];

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task ThePageRendersEveryChartOfflineWithoutAnError(string kind)
    {
        var content = kind == "binary" ? SampleReports.Binary() : SampleReports.Regression();
        using var folder = new TemporaryDirectory();
        ReportFiles.Write(folder.Path, content, ReportLibraries.Load());
        var page = folder.File(ReportFiles.HtmlName);
        var url = new Uri(page).AbsoluteUri;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var requests = new List<string>();
        var errors = new List<string>();
        // Every request but the page itself is recorded and refused.
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == url)
            {
                await route.ContinueAsync();
                return;
            }

            requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        var tab = await context.NewPageAsync();
        tab.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add($"{message.Type}: {message.Text}");
            }
        };
        tab.PageError += (_, error) => errors.Add("page error: " + error);
        tab.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);

        await tab.GotoAsync(url);
        await tab.WaitForSelectorAsync("body[data-rendered]");

        Assert.Equal("true", await tab.GetAttributeAsync("body", "data-rendered"));
        Assert.Empty(requests);
        Assert.Empty(errors);
        var charts = HtmlReport.Specs(File.ReadAllText(page)).Select(c => c.Key).ToArray();
        Assert.Equal(kind == "binary" ? 8 : 2, charts.Length);
        foreach (var chart in charts)
        {
            // Vega draws each mark as <g class="mark-… role-mark"> holding one element per datum (or one path for a line).
            var drawn = await tab.EvaluateAsync<int>($"document.querySelectorAll('#{chart} svg g.role-mark > *').length");
            Assert.True(drawn > 0, $"{chart} drew no mark");
            Assert.True(await tab.EvaluateAsync<bool>($"window.reportViews['{chart}'] !== undefined"), $"{chart} has no vega view");
        }

        if (content.Classified is not null)
        {
            // One rect per confusion cell, as vega's own scenegraph has it.
            Assert.Equal(4, await tab.EvaluateAsync<int>("document.querySelectorAll('#chart-confusion svg g.mark-rect.role-mark > path').length"));
        }
    }
}
