using MlPipeline.Build;
using MlPipeline.Reporting.Html;

namespace MlPipeline.Components.Reporting;

/// <summary>What <see cref="IReport.InstallReportLibraries"/> does.</summary>
internal static class ReportLibraryInstall
{
    public static async Task RunAsync(IReport build, CancellationToken cancellation)
    {
        var folder = build.ReportLibrariesFolder;
        Directory.CreateDirectory(folder);
        try
        {
            await Processes.RunAsync("npm", VegaLibraries.NpmInstallArguments(folder), build.RootDirectory, cancellation);
        }
        catch (ProcessFailedException exception)
        {
            throw new InvalidOperationException(
                $"Installing the Vega libraries for report.html failed ({exception.Message}). Install Node.js with npm and run ./build.sh Report again, "
                + $"or pass --report-libraries a folder where npm {string.Join(' ', VegaLibraries.NpmInstallArguments("FOLDER"))} was run.", exception);
        }

        VegaLibraries.Load(folder);
    }
}
