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
    public async Task ATriggeredTargetAndWhatOnlyItNeedsRunAfterTheTriggerWhenTheTriggerRan()
    {
        var build = new DecisionBuild { Decided = true };
        var run = await _fixture.RunAsync(build, b => b.Decide);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Check", "Decide", "Prepare", "Act"], build.Ran);
    }

    [Fact]
    public async Task WhenTheTriggerIsSkippedWhatOnlyItsTriggeredTargetsNeedIsSkippedWithItsReason()
    {
        var build = new DecisionBuild { Decided = false };
        var run = await _fixture.RunAsync(build, b => b.Decide);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Check"], build.Ran);
        Assert.Equal("Skipped (condition `Decided` is false)", run.StatusOf("Decide"));
        Assert.Equal("Skipped (not triggered: Decide did not run (condition `Decided` is false))", run.StatusOf("Prepare"));
        Assert.Equal("Skipped (not triggered: Decide did not run (condition `Decided` is false))", run.StatusOf("Act"));
    }

    [Fact]
    public async Task ADependencyTheRequestedTargetsNeedRunsWhetherOrNotTheTriggerRan()
    {
        var build = new DecisionBuild { Decided = false };
        var run = await _fixture.RunAsync(build, b => b.Decide, "Decide", "Prepare");

        Assert.Equal(["Check", "Prepare"], build.Ran);
        Assert.Equal("Skipped (not triggered: Decide did not run (condition `Decided` is false))", run.StatusOf("Act"));
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "--force" }, true)]
    [InlineData(new[] { "--force", "Decide" }, true)]
    [InlineData(new[] { "--force", "Act" }, false)]
    public async Task ATargetKnowsWhetherItWasForced(string[] arguments, bool forced)
    {
        var build = new DecisionBuild { Decided = true };
        await _fixture.RunAsync(build, b => b.Decide, ["Decide", .. arguments]);

        Assert.Equal(forced, build.CheckWasForced);
    }

    [Fact]
    public async Task AskingWhetherSomethingThatIsNotATargetWasForcedFailsTheTarget()
    {
        var build = new DecisionBuild { Decided = true, AskAboutAStranger = true };
        var run = await _fixture.RunAsync(build, b => b.Decide);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a target passed to IsForced, must be a Target property", run.All);
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

    private sealed class DecisionBuild : RecordingBuild
    {
        public bool Decided { get; init; }

        public bool AskAboutAStranger { get; init; }

        public bool? CheckWasForced { get; private set; }

        public Target Check => _ => _.Executes(() =>
        {
            Ran.Add(nameof(Check));
            CheckWasForced = IsForced(AskAboutAStranger ? _ => _ : Decide);
        });

        public Target Decide => _ => _.DependsOn(Check).OnlyWhenDynamic(() => Decided).Triggers(Act).Executes(Record(nameof(Decide)));

        public Target Prepare => _ => _.Executes(Record(nameof(Prepare)));

        public Target Act => _ => _.DependsOn(Prepare).Executes(Record(nameof(Act)));
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
