using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class Ordering : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task DependenciesRunBeforeTheTargetInTheOrderDeclared()
    {
        var build = new DiamondBuild();
        var run = await _fixture.RunAsync(build, b => b.Publish);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile", "Pack", "Publish"], build.Ran);
    }

    [Fact]
    public async Task TheSameInvocationAlwaysRunsInTheSameOrder()
    {
        var orders = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var build = new DiamondBuild();
            await _fixture.RunAsync(build, b => b.Publish, "Pack", "Compile", "--force");
            orders.Add(string.Join(",", build.Ran));
        }

        Assert.Single(orders.Distinct());
        Assert.Equal("Restore,Compile,Pack", orders[0]);
    }

    [Fact]
    public async Task AfterOrdersWithoutAddingAndBeforeIsItsMirror()
    {
        var build = new OrderingBuild();
        await _fixture.RunAsync(build, b => b.Report, "Report", "Lint", "Clean");

        Assert.Equal(["Clean", "Lint", "Report"], build.Ran);

        var alone = new OrderingBuild();
        await _fixture.RunAsync(alone, b => b.Report, "Report");
        Assert.Equal(["Report"], alone.Ran);
    }

    [Fact]
    public async Task TriggeredTargetsRunAfterTheTargetThatTriggersThem()
    {
        var build = new TriggerBuild();
        var run = await _fixture.RunAsync(build, b => b.Train);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Train", "Notify", "Archive"], build.Ran);
    }

    [Fact]
    public async Task DependentForMakesTheOtherTargetDependOnThisOne()
    {
        var build = new TriggerBuild();
        await _fixture.RunAsync(build, b => b.Deploy, "Deploy");

        Assert.Equal(["Check", "Deploy"], build.Ran);
    }

    private sealed class DiamondBuild : RecordingBuild
    {
        public Target Restore => _ => _.Executes(Record(nameof(Restore)));

        public Target Compile => _ => _.DependsOn(Restore).Executes(Record(nameof(Compile)));

        public Target Pack => _ => _.DependsOn(Compile, Restore).Executes(Record(nameof(Pack)));

        public Target Publish => _ => _.DependsOn(Pack, Compile).Executes(Record(nameof(Publish)));
    }

    private sealed class OrderingBuild : RecordingBuild
    {
        public Target Clean => _ => _.Before(Lint).Executes(Record(nameof(Clean)));

        public Target Lint => _ => _.Executes(Record(nameof(Lint)));

        public Target Report => _ => _.After(Lint).Executes(Record(nameof(Report)));
    }

    private sealed class TriggerBuild : RecordingBuild
    {
        public Target Train => _ => _.Triggers(Notify).Executes(Record(nameof(Train)));

        public Target Notify => _ => _.Executes(Record(nameof(Notify)));

        public Target Archive => _ => _.TriggeredBy(Notify).Executes(Record(nameof(Archive)));

        public Target Check => _ => _.DependentFor(Deploy).Executes(Record(nameof(Check)));

        public Target Deploy => _ => _.Executes(Record(nameof(Deploy)));
    }
}
