using Microsoft.Playwright;

namespace MlPipeline.Reporting.Tests.Support;

/// <summary>
/// A local HTML file opened in headless chromium with the network off: every request other than the file itself is
/// recorded and refused, and every console error or warning, page error and failed request is recorded.
/// </summary>
internal sealed class OfflinePage : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflinePage(IPlaywright playwright, IBrowser browser, IPage tab)
    {
        _playwright = playwright;
        _browser = browser;
        Tab = tab;
    }

    public IPage Tab { get; }

    public List<string> Requests { get; } = [];

    public List<string> Errors { get; } = [];

    public static async Task<OfflinePage> OpenAsync(string file)
    {
        var url = new Uri(file).AbsoluteUri;
        var playwright = await Playwright.CreateAsync();
        var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true });
        var page = new OfflinePage(playwright, browser, await context.NewPageAsync());
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url == url)
            {
                await route.ContinueAsync();
                return;
            }

            page.Requests.Add(route.Request.Url);
            await route.AbortAsync();
        });
        page.Tab.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                page.Errors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.Tab.PageError += (_, error) => page.Errors.Add("page error: " + error);
        page.Tab.RequestFailed += (_, request) => page.Errors.Add("request failed: " + request.Url);
        await page.Tab.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
