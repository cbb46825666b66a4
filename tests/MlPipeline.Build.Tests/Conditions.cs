using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class Conditions : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task AStaticConditionIsCheckedBeforeAnyTargetRuns()
    {
        var build = new ConditionBuild();
        var run = await _fixture.RunAsync(build, b => b.Publish);

        // Prepare flips the flag, but the static condition was read before Prepare ran.
        Assert.Equal(["Prepare", "Publish"], build.Ran);
        Assert.Equal("Skipped (condition `Ready` is false)", run.StatusOf("PublishStatic"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task ADynamicConditionIsCheckedJustBeforeTheTarget()
    {
        var build = new ConditionBuild();
        var run = await _fixture.RunAsync(build, b => b.Publish);

        Assert.Equal("Succeeded", run.StatusOf("Publish"));
    }

    [Fact]
    public async Task ADynamicConditionThatFailsShowsItsText()
    {
        var build = new ConditionBuild();
        var run = await _fixture.RunAsync(build, b => b.Publish, "PublishDynamic");

        Assert.Equal("Skipped (condition `!Ready` is false)", run.StatusOf("PublishDynamic"));
        Assert.DoesNotContain("PublishDynamic", build.Ran);
    }

    [Fact]
    public async Task WhenSkippedSkipAlsoSkipsDependenciesNothingElseNeeds()
    {
        var build = new SkipBehaviorBuild();
        var run = await _fixture.RunAsync(build, b => b.All);

        Assert.Equal(["Shared", "All"], build.Ran);
        Assert.Equal("Skipped (Deploy is skipped)", run.StatusOf("Package"));
        Assert.Equal("Succeeded", run.StatusOf("Shared"));
    }

    [Fact]
    public async Task SkipWithNamesSkipsThoseAndRunsTheRest()
    {
        var build = new SkipBehaviorBuild();
        var run = await _fixture.RunAsync(build, b => b.All, "All", "--skip", "Shared");

        Assert.Equal("Skipped (--skip)", run.StatusOf("Shared"));
        Assert.Contains("All", build.Ran);
    }

    [Fact]
    public async Task SkipWithoutNamesRunsOnlyTheRequestedTargets()
    {
        var build = new SkipBehaviorBuild();
        await _fixture.RunAsync(build, b => b.All, "All", "--skip");

        Assert.Equal(["All"], build.Ran);
    }

    private sealed class ConditionBuild : RecordingBuild
    {
        private bool Ready { get; set; }

        public Target Prepare => _ => _.Executes(() =>
        {
            Ran.Add(nameof(Prepare));
            Ready = true;
        });

        public Target PublishStatic => _ => _.DependsOn(Prepare).OnlyWhenStatic(() => Ready).Executes(Record(nameof(PublishStatic)));

        public Target Publish => _ => _.DependsOn(Prepare, PublishStatic).OnlyWhenDynamic(() => Ready).Executes(Record(nameof(Publish)));

        public Target PublishDynamic => _ => _.DependsOn(Prepare).OnlyWhenDynamic(() => !Ready).Executes(Record(nameof(PublishDynamic)));
    }

    private sealed class SkipBehaviorBuild : RecordingBuild
    {
        public Target Shared => _ => _.Executes(Record(nameof(Shared)));

        public Target Package => _ => _.DependsOn(Shared).Executes(Record(nameof(Package)));

        public Target Deploy => _ => _.DependsOn(Package).OnlyWhenStatic(() => false).WhenSkipped(DependencyBehavior.Skip).Executes(Record(nameof(Deploy)));

        public Target All => _ => _.DependsOn(Deploy, Shared).Executes(Record(nameof(All)));
    }
}
