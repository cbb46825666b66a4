using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class ParameterSources : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public ParameterSources() => _fixture.Write(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "MaxRounds": 100, "Eta": 0.3, "Tags": ["a", "b"] }""");

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task TheDefaultAppliesWhenNoSourceSetsAValue()
    {
        File.Delete(_fixture.Root / ".nuke" / "parameters.json");
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show);

        Assert.Equal("rounds=300 eta=0.1 sampler=Random fail=False tags= path=", build.Seen);
    }

    [Fact]
    public async Task TheParametersFileOverridesTheDefault()
    {
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show);

        Assert.Equal("rounds=100 eta=0.3 sampler=Random fail=False tags=a,b path=", build.Seen);
    }

    [Fact]
    public async Task AComponentCanTellAUserSetValueFromTheDefaultInCode()
    {
        _fixture.Environment["NUM_BOOST_ROUND"] = "70";
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show, "--sampler", "tpe");

        Assert.Equal((true, true, true, false, false), (build.IsParameterSet("Sampler"), build.IsParameterSet("NumBoostRound"),
            build.IsParameterSet("Eta"), build.IsParameterSet("FailOnDrift"), build.IsParameterSet("NoSuchParameter")));
    }

    [Fact]
    public async Task AProfileOverridesTheParametersFile()
    {
        _fixture.Write(".nuke/parameters.nightly.json", """{ "max-rounds": 1000 }""");
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show, "--profile", "nightly");

        Assert.StartsWith("rounds=1000 eta=0.3", build.Seen);
    }

    [Fact]
    public async Task TheEnvironmentOverridesAProfile()
    {
        _fixture.Write(".nuke/parameters.nightly.json", """{ "MaxRounds": 1000 }""");
        _fixture.Environment["MAX_ROUNDS"] = "50";
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show, "--profile", "nightly");

        Assert.StartsWith("rounds=50 ", build.Seen);
    }

    [Fact]
    public async Task TheCommandLineOverridesEverything()
    {
        _fixture.Environment["MAX_ROUNDS"] = "50";
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show, "--max-rounds", "7", "--SAMPLER", "tpe", "--fail-on-drift", "--tags", "x", "y", "--dataset", "data/d.csv");

        Assert.Equal($"rounds=7 eta=0.3 sampler=Tpe fail=True tags=x,y path={_fixture.Root / "data" / "d.csv"}", build.Seen);
    }

    [Fact]
    public async Task AComponentParameterIsReadThroughItsGetter()
    {
        var build = new ParameterBuild();
        await _fixture.RunAsync(build, b => b.Show, "--num-boost-round", "42");

        Assert.Equal(42, build.BoostRounds);
    }

    [Fact]
    public async Task ABadValueNamesTheParameterTheValueAndTheExpectedType()
    {
        var build = new ParameterBuild();
        var run = await _fixture.RunAsync(build, b => b.Show, "--max-rounds", "abc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Parameter 'MaxRounds' (--max-rounds) got 'abc' from the command line, but expects a whole number (int).", run.Error);
        Assert.Null(build.Seen);
    }

    [Fact]
    public async Task ABadEnumValueListsTheAllowedOnes()
    {
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show, "--sampler", "bayes");

        Assert.Contains("expects one of Random, Grid, Tpe", run.Error);
    }

    [Fact]
    public async Task ABadValueInAFileNamesTheFile()
    {
        _fixture.Write(".nuke/parameters.json", """{ "Eta": "fast" }""");
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show);

        Assert.Contains("Parameter 'Eta' (--eta) got 'fast' from the .nuke/parameters.json, but expects a finite number", run.Error);
    }

    [Fact]
    public async Task AnUnknownOptionIsRejectedWithASuggestion()
    {
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show, "--max-round", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option '--max-round'. Did you mean '--max-rounds'?", run.Error);
    }

    [Fact]
    public async Task AnUnknownKeyInTheParametersFileIsRejectedWithASuggestion()
    {
        _fixture.Write(".nuke/parameters.json", """{ "MaxRound": 3 }""");
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'MaxRound' is not a parameter of this build. Did you mean 'MaxRounds'?", run.Error);
    }

    [Fact]
    public async Task InvalidJsonInTheParametersFileNamesTheLine()
    {
        _fixture.Write(".nuke/parameters.json", "{\n  \"MaxRounds\": 3\n  \"Eta\": 1\n}");
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("parameters.json:3: not valid JSON", run.Error);
    }

    [Fact]
    public async Task AMissingProfileListsTheProfilesThatExist()
    {
        _fixture.Write(".nuke/parameters.nightly.json", "{}");
        var run = await _fixture.RunAsync(new ParameterBuild(), b => b.Show, "--profile", "weekly");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Profile 'weekly' does not exist", run.Error);
        Assert.Contains("Available profiles: nightly.", run.Error);
    }

    [Fact]
    public async Task TheSchemaFileDescribesEveryParameter()
    {
        await _fixture.RunAsync(new ParameterBuild(), b => b.Show);

        var schema = System.Text.Json.JsonDocument.Parse(_fixture.Read(".nuke/build.schema.json")).RootElement.GetProperty("properties");
        Assert.Equal("integer", schema.GetProperty("MaxRounds").GetProperty("type").GetString());
        Assert.Equal("number", schema.GetProperty("Eta").GetProperty("type").GetString());
        Assert.Equal(["Random", "Grid", "Tpe"], schema.GetProperty("Sampler").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("array", schema.GetProperty("Tags").GetProperty("type").GetString());
        Assert.Equal("Boosting rounds of the component", schema.GetProperty("NumBoostRound").GetProperty("description").GetString());
    }

    internal enum SamplerKind
    {
        Random,
        Grid,
        Tpe,
    }

    internal interface IBoosting : IPipelineBuild
    {
        [Parameter("Boosting rounds of the component")]
        int NumBoostRound => ParameterValue(100);
    }

    private sealed class ParameterBuild : RecordingBuild, IBoosting
    {
        [Parameter("Maximum rounds")]
        private readonly int MaxRounds = 300;

        [Parameter("Learning rate")]
        private readonly double Eta = 0.1;

        [Parameter("Sampler")]
        private readonly SamplerKind Sampler = SamplerKind.Random;

        [Parameter("Fail on drift")]
        private readonly bool FailOnDrift = false;

        [Parameter("Tags")]
        private readonly string[] Tags = [];

        [Parameter("Dataset")]
        private readonly AbsolutePath? Dataset = null;

        public string? Seen { get; private set; }

        public int BoostRounds { get; private set; }

        public Target Show => _ => _.Executes(() =>
        {
            Seen = System.FormattableString.Invariant($"rounds={MaxRounds} eta={Eta} sampler={Sampler} fail={FailOnDrift} tags={string.Join(",", Tags)} path={Dataset}");
            BoostRounds = ((IBoosting)this).NumBoostRound;
        });
    }
}
