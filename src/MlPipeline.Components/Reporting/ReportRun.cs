using MlPipeline.Components.Artifacts;
using MlPipeline.Reporting;
using MlPipeline.Reporting.Html;

namespace MlPipeline.Components.Reporting;

/// <summary>What <see cref="IReport.Report"/> does.</summary>
internal sealed class ReportRun(IReport build)
{
    public void Run()
    {
        // The libraries first: a missing one is the one message, before any artifact is read.
        var libraries = VegaLibraries.Load(build.ReportLibrariesFolder);
        var content = new ReportSources(build).Read();
        ReportFiles.Write(ArtifactPaths.Report.Folder(build), content, libraries);
        var absent = content.Absent.Select(a => $"{a.Key}: {a.Value}").ToArray();
        build.Log.Information(
            $"Wrote {ArtifactPaths.Report.Markdown(build).RelativeTo(build.RootDirectory)} and {ArtifactPaths.Report.Html(build).RelativeTo(build.RootDirectory)} for "
            + $"{content.Model.Name}{(content.Model.Version is { } v ? $" version {v}" : " (not registered)")}"
            + (absent.Length == 0 ? "." : $"; left out: {string.Join("; ", absent)}."));
    }
}
