using System.Text;
using System.Text.Json;
using MlPipeline.Build;
using MlPipeline.Components.Gates;
using MlPipeline.Components.GitHub;
using MlPipeline.Components.Registry;
using MlPipeline.Data.IO;
using MlPipeline.Testing.GitHub;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.Tests;

/// <summary>The GitHub targets against the fake GitHub behind Prism, on artifacts written as the earlier targets write them.</summary>
[Collection(GitHubCollection.Name)]
public sealed class GitHubTargets : IDisposable
{
    private const string HeadSha = "0123456789abcdef0123456789abcdef01234567";

    private readonly BuildFixture _build = new();
    private readonly GitHubContract _github;
    private readonly FakeRepository _repository;

    public GitHubTargets(GitHubCollection.Contract contract)
    {
        _github = contract.Started;
        _repository = _github.NewRepository();
        _build.Environment["GITHUB_TOKEN"] = "ghs_secret_token";
        _build.Environment["GITHUB_REPOSITORY"] = $"{_repository.Owner}/{_repository.Name}";
        _build.Environment["GITHUB_API_URL"] = _github.ApiUrl.AbsoluteUri;
        _build.Environment["GITHUB_WORKFLOW"] = "ci";
    }

    public void Dispose() => _build.Dispose();

    [Fact]
    public async Task CommentOnPullRequestPostsTheReportOnceAndEditsItOnTheNextRun()
    {
        PullRequestEvent(12);
        _build.Write("artifacts/report/report.md", "## Model report\nmacro_f1 0.61");
        await RunAsync("CommentOnPullRequest");
        _build.Write("artifacts/report/report.md", "## Model report\nmacro_f1 0.63");

        var second = await RunAsync("CommentOnPullRequest");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Updated this workflow's comment on pull request #12", second.Output, StringComparison.Ordinal);
        var comment = Assert.Single(_repository.CommentsOn(12));
        Assert.Equal("<!-- mlpipeline:ci -->\n## Model report\nmacro_f1 0.63", comment.Body);
        Assert.DoesNotContain("ghs_secret_token", second.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommentOnPullRequestOnAPushSaysSoAndSendsNothing()
    {
        _build.Environment["GITHUB_EVENT_NAME"] = "push";

        var run = await RunAsync("CommentOnPullRequest");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("This is a 'push' event, not a pull request: there is no pull request to comment on.", run.Output, StringComparison.Ordinal);
        Assert.Empty(_repository.Requests);
    }

    [Fact]
    public async Task WithoutATokenTheBuildIsRejectedWithOneMessageNamingIt()
    {
        _build.Environment.Remove("GITHUB_TOKEN");

        var run = await RunAsync("CreateRelease");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target 'CreateRelease' requires parameter 'GithubToken', which is not set. Pass --github-token <string>, set GITHUB_TOKEN", run.All, StringComparison.Ordinal);
        Assert.Empty(_repository.Requests);
    }

    [Fact]
    public async Task PublishGateCheckFailsTheCheckAndAnnotatesTheLineThatDeclaresTheFailedGate()
    {
        PullRequestEvent(4);
        _build.Write("build/Build.cs", "class Build\n{\n    string[] Gates => [\"macro_f1>=0.9\", \"log_loss<=0.6\"];\n}\n");
        WriteGate(
            Verdict("macro_f1>=0.9", GateState.Failed, 0.61, "macro_f1 0.61 is below 0.9"),
            Verdict("log_loss<=0.6", GateState.Passed, 0.42, "log_loss 0.42 is at most 0.6"));

        var run = await RunAsync("PublishGateCheck");

        Assert.Equal(0, run.ExitCode);
        var check = Assert.Single(_repository.CheckRuns);
        Assert.Equal(("Regression gate", HeadSha, "failure", "1 of 2 gates failed"), (check.Name, check.HeadSha, check.Conclusion, check.Title));
        Assert.Contains("| `macro_f1>=0.9` | failed | 0.61 |", check.Summary, StringComparison.Ordinal);
        var annotation = Assert.Single(check.Annotations);
        Assert.Equal(
            ("build/Build.cs", 3, "failure", "macro_f1>=0.9 failed: macro_f1 0.61 is below 0.9"),
            (annotation["path"]!.GetValue<string>(), annotation["start_line"]!.GetValue<int>(), annotation["annotation_level"]!.GetValue<string>(), annotation["message"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AReadOnlyTokenPutsTheGateIntoTheJobSummaryAndTheTargetSucceeds()
    {
        PullRequestEvent(4);
        var summary = _build.Write("step-summary.md", "");
        _build.Environment["GITHUB_STEP_SUMMARY"] = summary;
        WriteGate(Verdict("macro_f1>=0.5", GateState.Passed, 0.61, "ok"));
        _repository.FailWith(403, "Resource not accessible by integration");

        var run = await RunAsync("PublishGateCheck");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("403: Resource not accessible by integration", run.All, StringComparison.Ordinal);
        Assert.Contains("The gate check is in the job summary instead.", run.All, StringComparison.Ordinal);
        Assert.Contains("## gate check\n\n**1 gates passed**", File.ReadAllText(summary), StringComparison.Ordinal);
        Assert.Empty(_repository.CheckRuns);
    }

    [Fact]
    public async Task OpenPromotionPullRequestProposesTheBaselineFilesOnceWithTheReportAsItsBody()
    {
        WriteBaseline(3);
        _build.Write("artifacts/report/report.md", "## Candidate v3\nbetter");
        await RunAsync("OpenPromotionPullRequest", "--model-name", "weather");
        WriteBaseline(4);

        var second = await RunAsync("OpenPromotionPullRequest", "--model-name", "weather");

        Assert.Equal(0, second.ExitCode);
        var pull = Assert.Single(_repository.PullRequests);
        Assert.Equal(("mlpipeline/promote-weather", "main", "Promote weather v4", "## Candidate v3\nbetter"), (pull.Head, pull.Base, pull.Title, pull.Body));
        var files = _repository.FilesOf(_repository.Branch("mlpipeline/promote-weather")!);
        Assert.Equal(File.ReadAllBytes(_build.Root / "models" / "baseline.json"), files["models/baseline.json"]);
        Assert.Equal("[4]", Encoding.UTF8.GetString(files["models/baseline.predictions.json"]));
    }

    [Fact]
    public async Task CreateReleaseTagsTheRegisteredVersionAndAttachesTheModelAndTheReports()
    {
        _build.Environment["GITHUB_SHA"] = HeadSha;
        _build.Write("artifacts/model/registration.json", JsonSerializer.Serialize(new RegistrationRecord("weather", 3, "passed", "sha256:ab", 9), DataJson.Options));
        _build.Write("artifacts/model/model.onnx", "onnx bytes");
        _build.Write("artifacts/report/report.md", "## weather v3");
        _build.Write("artifacts/report/report.html", "<html></html>");

        var run = await RunAsync("CreateRelease");

        Assert.Equal(0, run.ExitCode);
        var release = Assert.Single(_repository.Releases);
        Assert.Equal(("weather-v3", "weather v3", "## weather v3", HeadSha), (release.Tag, release.Name, release.Body, release.TargetCommitish));
        Assert.Equal(["model.onnx", "report.html", "report.md"], release.Assets.Select(a => a.Name));
        Assert.Equal("onnx bytes", Encoding.UTF8.GetString(release.Assets[0].Content));
    }

    [Fact]
    public async Task CreateReleaseRefusesAVersionThatFailedItsGates()
    {
        _build.Write("artifacts/model/registration.json", JsonSerializer.Serialize(new RegistrationRecord("weather", 4, "discarded", "sha256:ab", 9), DataJson.Options));
        _build.Write("artifacts/model/model.onnx", "onnx bytes");

        var run = await RunAsync("CreateRelease");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("weather version 4 was registered as Discarded (it failed its gates); only a version that passed is released.", run.All, StringComparison.Ordinal);
        Assert.Empty(_repository.Requests);
    }

    private Task<BuildRun> RunAsync(params string[] arguments) => _build.RunAsync(new GitHubBuildUnderTest(), b => ((IPublishToGitHub)b).CommentOnPullRequest, arguments);

    private void PullRequestEvent(int number)
    {
        _build.Environment["GITHUB_EVENT_NAME"] = "pull_request";
        _build.Environment["GITHUB_EVENT_PATH"] = _build.Write("event.json", $"{{\"number\": {number}, \"pull_request\": {{\"number\": {number}, \"head\": {{\"sha\": \"{HeadSha}\"}}}}}}");
    }

    private void WriteGate(params GateVerdict[] verdicts) =>
        GateReportFile.Write(_build.Root / "artifacts" / "model" / "gate.json", new GateReport(verdicts, HasBaseline: false, ConfidenceLevel: 0.95));

    private static GateVerdict Verdict(string gate, GateState state, double candidate, string message) =>
        new(gate, gate.Split('>', '<')[0], GateKind.Absolute, state, candidate, null, 0.5, null, null, null, null, message);

    private void WriteBaseline(int version)
    {
        var summary = new Baseline("weather", version, "sha256:ab", "sha256:cd", "sha256:ef", "multiclass", ["rain", "sun"],
            new Dictionary<string, double> { ["macro_f1"] = 0.6 }, new Dictionary<string, double>(), "sha256:00", DateTimeOffset.UnixEpoch, "tester");
        _build.Write("models/baseline.json", JsonSerializer.Serialize(summary, DataJson.Options));
        _build.Write("models/baseline.predictions.json", $"[{version}]");
    }

    private sealed class GitHubBuildUnderTest : PipelineBuild, IPublishToGitHub;
}
