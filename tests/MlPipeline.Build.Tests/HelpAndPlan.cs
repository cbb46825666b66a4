using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class HelpAndPlan : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public HelpAndPlan() => _fixture.Write("data/train.csv", "a\n1\n");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task HelpListsTargetsWithDescriptionsDependenciesAndTheDefault()
    {
        var run = await _fixture.RunAsync(new PlanBuild(), b => b.Train, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^  Validate +Check the data$", run.Output.ReplaceLineEndings("\n"));
        Assert.Matches(@"(?m)^  Train \(default\) +Fit the model \[depends on: Validate\]$", run.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Hidden", run.Output);
    }

    [Fact]
    public async Task HelpShowsEachParameterWithTypeDefaultValueAndSource()
    {
        _fixture.Environment["ETA"] = "0.25";
        var run = await _fixture.RunAsync(new PlanBuild(), b => b.Train, "--help");

        Assert.Contains("  --eta <double>\n      Learning rate\n      now 0.25 from environment variable ETA; default 0.1; env ETA", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task HelpRunsNothing()
    {
        var build = new PlanBuild();
        await _fixture.RunAsync(build, b => b.Train, "--help");

        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task ThePlanSaysWhyEachTargetRunsOrIsSkipped()
    {
        await _fixture.RunAsync(new PlanBuild(), b => b.Train, "Validate");
        var build = new PlanBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "--plan", "Lint", "Train", "Publish", "--skip", "Lint");

        Assert.Empty(build.Ran);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("   1. Lint       skipped: --skip", lines);
        Assert.Contains("   2. Validate   up to date", lines);
        Assert.Contains("   3. Train      will run: no record of a previous successful run", lines);
        Assert.Contains("   4. Publish    will run: declares no outputs (only if `IsMain` holds then)", lines);
    }

    [Fact]
    public async Task ThePlanWritesTheGraphAsMermaid()
    {
        await _fixture.RunAsync(new PlanBuild(), b => b.Train, "--plan", "Lint", "Publish");

        var mermaid = _fixture.Read(".nuke/temp/plan.mmd");
        Assert.StartsWith("graph LR\n", mermaid);
        Assert.Contains("  Validate --> Train\n", mermaid);
        Assert.Contains("  Train --> Publish\n", mermaid);
        Assert.Contains("  Lint -.-> Validate\n", mermaid);
        Assert.Contains("  Train[\"Train<br/>run\"]:::run\n", mermaid);
    }

    private sealed class PlanBuild : RecordingBuild
    {
        [Parameter("Learning rate")]
        private readonly double Eta = 0.1;

        private static bool IsMain => true;

        public Target Lint => _ => _.Before(Validate).Executes(Record(nameof(Lint)));

        public Target Validate => _ => _
            .Description("Check the data")
            .Inputs(RootDirectory / "data" / "train.csv")
            .Produces(RootDirectory / "out" / "validation.json")
            .Executes(() =>
            {
                Ran.Add(nameof(Validate));
                Directory.CreateDirectory(RootDirectory / "out");
                File.WriteAllText(RootDirectory / "out" / "validation.json", "{}");
            });

        public Target Train => _ => _.Description("Fit the model").DependsOn(Validate).Reads(() => Eta).Produces(RootDirectory / "out" / "model.json").Executes(Record(nameof(Train)));

        public Target Publish => _ => _.DependsOn(Train).OnlyWhenDynamic(() => IsMain).Executes(Record(nameof(Publish)));

        public Target Hidden => _ => _.Unlisted().Executes(Record(nameof(Hidden)));
    }
}
