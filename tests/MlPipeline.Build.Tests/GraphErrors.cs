using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class GraphErrors : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ACycleIsRejectedWithTheCycleNamed()
    {
        var build = new CyclicBuild();
        var run = await _fixture.RunAsync(build, b => b.A);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Circular dependency between targets: A -> C -> B -> A", run.Error);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task ACycleThroughOrderingRelationsIsRejectedToo()
    {
        var run = await _fixture.RunAsync(new OrderCycleBuild(), b => b.A);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Circular dependency between targets: A -> B -> A", run.Error);
    }

    [Fact]
    public async Task AnUnknownTargetIsRejectedWithTheClosestNames()
    {
        var build = new NamedBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "Trian");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target 'Trian' does not exist. Did you mean 'Train'?", run.Error);
        Assert.Contains("Available targets: ValidateData, Train", run.Error);
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task TargetNamesMatchRegardlessOfCaseAndDashes()
    {
        var build = new NamedBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "validate-data");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["ValidateData"], build.Ran);
    }

    private sealed class CyclicBuild : RecordingBuild
    {
        public Target A => _ => _.DependsOn(C).Executes(Record(nameof(A)));

        public Target B => _ => _.DependsOn(A).Executes(Record(nameof(B)));

        public Target C => _ => _.DependsOn(B).Executes(Record(nameof(C)));
    }

    private sealed class OrderCycleBuild : RecordingBuild
    {
        public Target A => _ => _.After(B);

        public Target B => _ => _.After(A);
    }

    private sealed class NamedBuild : RecordingBuild
    {
        public Target ValidateData => _ => _.Executes(Record(nameof(ValidateData)));

        public Target Train => _ => _.DependsOn(ValidateData).Executes(Record(nameof(Train)));
    }
}
