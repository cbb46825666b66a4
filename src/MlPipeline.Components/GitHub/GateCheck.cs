using System.Globalization;
using System.Text;
using MlPipeline.Components.Artifacts;
using MlPipeline.GitHub.Checks;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.GitHub;

/// <summary>What <see cref="IPublishToGitHub.PublishGateCheck"/> does.</summary>
internal sealed class GateCheck(IPublishToGitHub build)
{
    public const string Name = "Regression gate";

    public async Task RunAsync(CancellationToken cancellation)
    {
        var report = ArtifactJson.Read<GateReport>(ArtifactPaths.Model.Gate(build), "RegressionTest");
        var sha = GitHubEvent.Read(build).HeadSha
            ?? throw new InvalidOperationException("No commit to put the check on: GITHUB_SHA is not set (GitHub Actions sets it for every job).");
        var failed = report.Verdicts.Count(v => v.State == GateState.Failed);
        var title = failed > 0
            ? $"{failed} of {report.Verdicts.Count} gates failed"
            : $"{report.Verdicts.Count(v => v.State == GateState.Passed)} gates passed{(report.Verdicts.Count == 0 ? " (none declared)" : "")}";
        var summary = Summary(report);
        var request = new CheckRunRequest(Name, sha, report.Passed, title, summary, Annotations(report));
        await GitHubConnection.DegradingAsync(build, "gate check", $"**{title}**\n\n{summary}", async api =>
        {
            var result = await new CheckRunPublisher(api).PublishAsync(request, cancellation);
            build.Log.Information($"Check run '{Name}' on {sha[..Math.Min(7, sha.Length)]}: {title} ({result.Url}).");
        });
    }

    private List<CheckAnnotation> Annotations(GateReport report)
    {
        var declarations = new GateDeclarations(build.RootDirectory);
        return
        [
            .. report.Verdicts
                .Where(v => v.State != GateState.Passed)
                .Select(v => (Verdict: v, Where: declarations.Find(v.Gate)))
                .Where(x => x.Where is not null)
                .Select(x => new CheckAnnotation(
                    x.Where!.Value.Path,
                    x.Where.Value.Line,
                    x.Verdict.State == GateState.Failed ? AnnotationLevel.Failure : AnnotationLevel.Warning,
                    $"{x.Verdict.Gate} {x.Verdict.State.ToString().ToLowerInvariant()}: {x.Verdict.Message}")),
        ];
    }

    private static string Summary(GateReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| gate | state | candidate | baseline | delta ({report.ConfidenceLevel:P0} interval) |\n|---|---|---|---|---|\n");
        foreach (var v in report.Verdicts)
        {
            var delta = v.Delta is { } d ? $"{d:+0.0000;-0.0000} [{Number(v.DeltaLow)}, {Number(v.DeltaHigh)}]" : "–";
            text.Append(CultureInfo.InvariantCulture, $"| `{v.Gate}` | {v.State.ToString().ToLowerInvariant()} | {Number(v.Candidate)} | {Number(v.Baseline)} | {delta} |\n");
        }

        if (!report.HasBaseline)
        {
            text.Append("\nNo baseline yet (models/baseline.json): only the absolute gates applied.\n");
        }

        return text.ToString();
    }

    private static string Number(double? value) => value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "–";
}
