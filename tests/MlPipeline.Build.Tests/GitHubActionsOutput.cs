using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class GitHubActionsOutput : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public GitHubActionsOutput()
    {
        _fixture.Environment["GITHUB_ACTIONS"] = "true";
        _fixture.Environment["GITHUB_STEP_SUMMARY"] = _fixture.Root / "summary.md";
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task EachTargetThatRunsIsALogGroup()
    {
        var run = await _fixture.RunAsync(new CiBuild(), b => b.Fail, "Pass");

        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        var start = Array.IndexOf(lines, "::group::Pass");
        Assert.True(start >= 0, run.Output);
        Assert.Equal("::endgroup::", lines.Skip(start).First(l => l.StartsWith("::", StringComparison.Ordinal) && l != "::group::Pass"));
    }

    [Fact]
    public async Task AFailureBecomesAnErrorAnnotation()
    {
        var run = await _fixture.RunAsync(new CiBuild(), b => b.Fail);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error title=Target Fail failed::schema mismatch in data/x.csv%0Aline 3", run.Output);
    }

    [Fact]
    public async Task TheSummaryTableIsAppendedToTheStepSummary()
    {
        File.WriteAllText(_fixture.Root / "summary.md", "earlier step\n");
        await _fixture.RunAsync(new CiBuild { DuringPass = () => _fixture.Time.Advance(TimeSpan.FromSeconds(2)) }, b => b.Fail);

        var summary = _fixture.Read("summary.md");
        Assert.StartsWith("earlier step\n### ❌ Build failed\n", summary);
        Assert.Contains("| Pass | ✅ Succeeded | 0:02.0 |", summary);
        Assert.Contains("| Fail | ❌ Failed | 0:00.0 |", summary);
    }

    [Fact]
    public async Task ARejectedBuildIsAnErrorAnnotationToo()
    {
        var run = await _fixture.RunAsync(new CiBuild(), b => b.Fail, "Nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("::error title=Build rejected::Target 'Nope' does not exist.", run.Output);
    }

    private sealed class CiBuild : RecordingBuild
    {
        public Action? DuringPass { get; init; }

        public Target Pass => _ => _.Executes(() => DuringPass?.Invoke());

        public Target Fail => _ => _.DependsOn(Pass).Executes(() => throw new InvalidOperationException("schema mismatch in data/x.csv\nline 3"));
    }
}
