using MlPipeline.Reporting.Html;

namespace MlPipeline.Reporting.Tests.Support;

/// <summary>The Vega libraries where the build installs them (./build.sh Test runs InstallReportLibraries first).</summary>
internal static class ReportLibraries
{
    public static string Folder => Repository.Root / ".nuke" / "temp" / "tools" / "report";

    public static VegaLibraries Load() => VegaLibraries.Load(Folder);
}
