using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class FailureSemantics : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task AFailureStopsTheTargetsAfterItAndTheExitCodeIsOne()
    {
        var build = new FailingBuild();
        var run = await _fixture.RunAsync(build, b => b.Independent, "Independent", "Dependent");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.StatusOf("Fails"));
        Assert.Equal("NotRun (an earlier target failed)", run.StatusOf("Independent"));
        Assert.Contains("Target Fails failed after 0:00.0: the model diverged", run.Error);
    }

    [Fact]
    public async Task ProceedAfterFailureRunsTheTargetsThatDoNotDependOnTheFailure()
    {
        var build = new FailingBuild { Proceed = true };
        var run = await _fixture.RunAsync(build, b => b.Independent, "Dependent", "Independent");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("NotRun (dependency Fails did not succeed)", run.StatusOf("Dependent"));
        Assert.Equal("Succeeded", run.StatusOf("Independent"));
    }

    [Fact]
    public async Task AssuredTargetsRunEvenAfterAFailure()
    {
        var build = new FailingBuild();
        var run = await _fixture.RunAsync(build, b => b.Report, "Dependent", "Report");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Report", build.Ran);
        Assert.Equal("Succeeded", run.StatusOf("Report"));
    }

    [Fact]
    public async Task AsyncActionsAreAwaitedAndTheirExceptionsFailTheTarget()
    {
        var build = new FailingBuild();
        var run = await _fixture.RunAsync(build, b => b.AsyncFails, "AsyncFails");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Target AsyncFails failed after 0:00.0: failed after awaiting", run.Error);
    }

    [Fact]
    public async Task TheStackTraceIsShownOnlyWhenVerbose()
    {
        var quiet = await _fixture.RunAsync(new FailingBuild(), b => b.Fails, "Fails");
        var verbose = await _fixture.RunAsync(new FailingBuild(), b => b.Fails, "Fails", "--verbosity", "verbose");

        Assert.DoesNotContain("   at ", quiet.Error);
        Assert.Contains("Run again with --verbosity verbose for the stack trace.", quiet.Error);
        Assert.Contains("   at ", verbose.Error);
    }

    [Fact]
    public async Task ASuccessfulBuildExitsWithZero()
    {
        var run = await _fixture.RunAsync(new FailingBuild(), b => b.Independent, "Independent");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Build succeeded.", run.Output);
    }

    private sealed class FailingBuild : RecordingBuild
    {
        public bool Proceed { get; init; }

        public Target Fails => _ => _.When(Proceed, d => d.ProceedAfterFailure()).Executes(() => throw new InvalidOperationException("the model diverged"));

        public Target Dependent => _ => _.DependsOn(Fails).Executes(Record(nameof(Dependent)));

        public Target Independent => _ => _.After(Fails).Executes(Record(nameof(Independent)));

        public Target Report => _ => _.After(Dependent).AssuredAfterFailure().Executes(Record(nameof(Report)));

        public Target AsyncFails => _ => _.Executes(async () =>
        {
            await Task.Yield();
            throw new InvalidOperationException("failed after awaiting");
        });
    }
}
