using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class Requirements : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task UnmetRequirementsAreAllReportedBeforeAnythingRuns()
    {
        var build = new RequiringBuild();
        var run = await _fixture.RunAsync(build, b => b.Push);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Contains("Target 'Push' requires parameter 'Registry', which is not set. Pass --registry <string>, set REGISTRY, or add \"Registry\" to .nuke/parameters.json.", run.Error);
        Assert.Contains("Target 'Push' requires `Attempts > 0`, which does not hold.", run.Error);
    }

    [Fact]
    public async Task MetRequirementsLetTheBuildRun()
    {
        var build = new RequiringBuild();
        var run = await _fixture.RunAsync(build, b => b.Push, "--registry", "localhost:5000", "--attempts", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile", "Push"], build.Ran);
    }

    [Fact]
    public async Task RequirementsOfSkippedTargetsAreNotChecked()
    {
        var build = new RequiringBuild();
        var run = await _fixture.RunAsync(build, b => b.Push, "--skip", "Push");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task AFailingCheckStopsTheBuildBeforeAnythingRunsWithItsMessage()
    {
        var build = new CheckingBuild();
        var run = await _fixture.RunAsync(build, b => b.Push, "--tag", "v1 beta");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(build.Ran);
        Assert.Contains("Target 'Push': --tag 'v1 beta' holds a space; image tags may not.", run.Error);
    }

    [Fact]
    public async Task APassingCheckLetsTheBuildRun()
    {
        var build = new CheckingBuild();
        var run = await _fixture.RunAsync(build, b => b.Push, "--tag", "v1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile", "Push"], build.Ran);
    }

    [Fact]
    public async Task ChecksOfTargetsThatWillNotRunAreNotMade()
    {
        var build = new CheckingBuild();
        var run = await _fixture.RunAsync(build, b => b.Compile, "--tag", "v1 beta");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Compile"], build.Ran);
    }

    private sealed class CheckingBuild : RecordingBuild
    {
        [Parameter("Image tag")]
        private readonly string Tag = "latest";

        public Target Compile => _ => _.Executes(Record(nameof(Compile)));

        public Target Push => _ => _
            .DependsOn(Compile)
            .Checks(() =>
            {
                if (Tag.Contains(' ', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"--tag '{Tag}' holds a space; image tags may not.");
                }
            })
            .Executes(Record(nameof(Push)));
    }

    private sealed class RequiringBuild : RecordingBuild
    {
        [Parameter("Registry to push to")]
        private readonly string? Registry = null;

        [Parameter("Attempts")]
        private readonly int Attempts = 0;

        public Target Compile => _ => _.Executes(Record(nameof(Compile)));

        public Target Push => _ => _.DependsOn(Compile).Requires(() => Registry).Requires(() => Attempts > 0).Executes(Record(nameof(Push)));
    }
}
