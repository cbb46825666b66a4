using Microsoft.Playwright;

namespace MlPipeline.Reporting.Tests.Support;

/// <summary>
/// Debian's chromium (apt package <c>chromium</c>, which ./build.sh Test installs) driven by Playwright's own driver, which
/// ships inside the NuGet package with its node binary; Playwright's browser download is never used.
/// </summary>
internal static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install Debian's chromium (apt-get install -y chromium; ./build.sh Test does it).");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
