using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Data;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Training;
using MlPipeline.Components.Tuning;
using MlPipeline.Reporting.Html;

namespace MlPipeline.Components.Reporting;

/// <summary>
/// The <c>Report</c> target: <c>artifacts/report/report.md</c> (a pull-request comment with Mermaid charts) and one offline
/// <c>report.html</c> (Vega-Lite charts, the libraries inlined) from what the other targets wrote.
/// </summary>
public interface IReport : IEvaluate
{
    [Parameter("npm prefix folder holding vega, vega-lite and vega-embed (FOLDER/node_modules/…) for report.html; default .nuke/temp/tools/report, which InstallReportLibraries fills")]
    string? ReportLibraries => ParameterValue<string?>(null);

    /// <summary>Where the libraries are: <see cref="ReportLibraries"/> (relative to the root) or the default folder.</summary>
    AbsolutePath ReportLibrariesFolder => ReportLibraries is { } folder ? RootDirectory / folder : ArtifactPaths.Report.Libraries(this);

    Target InstallReportLibraries => _ => _
        .Description("Install vega 6.4.0, vega-lite 6.5.0 and vega-embed 7.3.0 with npm for report.html (skipped when the folder has them)")
        .OnlyWhenDynamic(() => !VegaLibraries.IsInstalled(ReportLibrariesFolder), "the Vega libraries are not installed yet")
        .Executes(cancellation => ReportLibraryInstall.RunAsync(this, cancellation));

    Target Report => _ => _
        .Description("Write artifacts/report/report.md (metrics, gates, the change against the baseline, Mermaid charts) and report.html (offline Vega-Lite charts)")
        .DependsOn(Evaluate, InstallReportLibraries)
        .TryAfter<IRegressionTest>(x => x.RegressionTest)
        .TryAfter<IRegister>(x => x.Register)
        .TryAfter<IDetectDrift>(x => x.DetectDrift)
        .TryAfter<ITune>(x => x.Tune)
        .Inputs(
            ArtifactPaths.Model.Lineage(this),
            ArtifactPaths.Model.Metrics(this),
            ArtifactPaths.Model.Predictions(this),
            ArtifactPaths.Model.Importance(this),
            ArtifactPaths.Model.Gate(this),
            ArtifactPaths.Model.Registration(this),
            ArtifactPaths.Tuning.Trials(this),
            ArtifactPaths.Data.Drift(this),
            ReportLibrariesFolder / "package.json")
        .Reads(() => ReportLibraries, () => Registry, () => ModelName)
        .Produces(ArtifactPaths.Report.Markdown(this), ArtifactPaths.Report.Html(this))
        .Executes(() => new ReportRun(this).Run());
}
