using MlPipeline.Build.Tests.Support;

namespace MlPipeline.Build.Tests;

public sealed class UpToDateChecks : IDisposable
{
    private readonly BuildFixture _fixture = new();

    public UpToDateChecks()
    {
        _fixture.Write("data/train.csv", "a,b\n1,2\n");
        _fixture.Write("data/more/extra.csv", "x\n1\n");
    }

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task ASecondRunWithNothingChangedIsUpToDate()
    {
        var first = new ModelBuild();
        await _fixture.RunAsync(first, b => b.Train);
        var second = new ModelBuild();
        var run = await _fixture.RunAsync(second, b => b.Train);

        Assert.Equal(["Validate", "Train"], first.Ran);
        Assert.Empty(second.Ran);
        Assert.Equal("UpToDate", run.StatusOf("Validate"));
        Assert.Equal("UpToDate", run.StatusOf("Train"));
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task ChangingAnInputFileRerunsTheTargetAndItsDependents()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        _fixture.Write("data/train.csv", "a,b\n1,3\n");
        var build = new ModelBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "--verbosity", "verbose");

        Assert.Equal(["Validate", "Train"], build.Ran);
        Assert.Contains("Validate runs: input data/train.csv changed", run.Output);
        Assert.Contains("Train runs: dependency Validate changed", run.Output);
    }

    [Fact]
    public async Task AFileInsideAnInputFolderCounts()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        _fixture.Write("data/more/extra.csv", "x\n2\n");
        var build = new ModelBuild();
        await _fixture.RunAsync(build, b => b.Train);

        Assert.Equal(["Validate", "Train"], build.Ran);
    }

    [Fact]
    public async Task ChangingAReadParameterRerunsOnlyTheTargetsThatReadIt()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        var build = new ModelBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "--eta", "0.2", "--verbosity", "verbose");

        Assert.Equal(["Train"], build.Ran);
        Assert.Contains("Train runs: parameter Eta changed (0.1 → 0.2)", run.Output);
    }

    [Fact]
    public async Task ADeletedOrEditedOutputRerunsTheTarget()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        File.Delete(_fixture.Root / "artifacts" / "model.json");
        var afterDelete = new ModelBuild();
        await _fixture.RunAsync(afterDelete, b => b.Train);

        _fixture.Write("artifacts/model.json", "tampered");
        var afterEdit = new ModelBuild();
        await _fixture.RunAsync(afterEdit, b => b.Train);

        Assert.Equal(["Train"], afterDelete.Ran);
        Assert.Equal(["Train"], afterEdit.Ran);
    }

    [Fact]
    public async Task ForceWithoutNamesRerunsEverything()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        var build = new ModelBuild();
        await _fixture.RunAsync(build, b => b.Train, "--force");

        Assert.Equal(["Validate", "Train"], build.Ran);
    }

    [Fact]
    public async Task ForceWithNamesRerunsOnlyThose()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        var build = new ModelBuild();
        var run = await _fixture.RunAsync(build, b => b.Train, "Train", "--force", "train");

        Assert.Equal(["Train"], build.Ran);
        Assert.Equal("UpToDate", run.StatusOf("Validate"));
    }

    [Fact]
    public async Task ATargetWithoutDeclaredOutputsAlwaysRuns()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Announce, "Announce");
        var build = new ModelBuild();
        await _fixture.RunAsync(build, b => b.Announce, "Announce");

        Assert.Equal(["Announce"], build.Ran);
    }

    [Fact]
    public async Task WhileATargetRunsNoFingerprintVouchesForItsOutputs()
    {
        await _fixture.RunAsync(new ModelBuild(), b => b.Train);
        var fingerprint = _fixture.Root / ".nuke" / "temp" / "fingerprints" / "Train.json";
        Assert.True(File.Exists(fingerprint));

        // A kill at this point would leave no record that the half-written outputs are current.
        var build = new ModelBuild { DuringTrain = () => Assert.False(File.Exists(fingerprint)) };
        await _fixture.RunAsync(build, b => b.Train, "--force", "Train");

        Assert.True(File.Exists(fingerprint));
    }

    [Fact]
    public async Task AFailedTargetLeavesNoFingerprintSoItRunsAgain()
    {
        var failing = new ModelBuild { DuringTrain = () => throw new InvalidOperationException("boom") };
        await _fixture.RunAsync(failing, b => b.Train);
        var build = new ModelBuild();
        await _fixture.RunAsync(build, b => b.Train);

        Assert.Equal(["Train"], build.Ran);
    }

    [Fact]
    public async Task AnInputTheTargetCreatesOnItsFirstRunDoesNotMakeTheSecondRunAgain()
    {
        var first = new PinningBuild();
        await _fixture.RunAsync(first, b => b.Split);
        var second = new PinningBuild();
        var run = await _fixture.RunAsync(second, b => b.Split);
        _fixture.Write("data/pin.txt", "rows 3,4\n");
        var third = new PinningBuild();
        await _fixture.RunAsync(third, b => b.Split);

        Assert.Equal(["Split"], first.Ran);
        Assert.Equal("UpToDate", run.StatusOf("Split"));
        Assert.Equal(["Split"], third.Ran);
    }

    [Fact]
    public async Task AnInputEditedWhileTheTargetRunsMakesTheNextBuildRunItAgain()
    {
        await _fixture.RunAsync(new PinningBuild { DuringSplit = () => _fixture.Write("data/train.csv", "a,b\n9,9\n") }, b => b.Split);
        var next = new PinningBuild();
        await _fixture.RunAsync(next, b => b.Split);

        Assert.Equal(["Split"], next.Ran);
    }

    /// <summary>Like a benchmark pin: written on the first run, read (and kept) on every later one.</summary>
    private sealed class PinningBuild : RecordingBuild
    {
        public Action? DuringSplit { get; init; }

        public Target Split => _ => _
            .Inputs(RootDirectory / "data" / "train.csv", RootDirectory / "data" / "pin.txt")
            .Produces(RootDirectory / "artifacts" / "split.txt", RootDirectory / "data" / "pin.txt")
            .Executes(() =>
            {
                Ran.Add(nameof(Split));
                DuringSplit?.Invoke();
                if (!File.Exists(RootDirectory / "data" / "pin.txt"))
                {
                    File.WriteAllText(RootDirectory / "data" / "pin.txt", "rows 1,2\n");
                }

                Directory.CreateDirectory(RootDirectory / "artifacts");
                File.WriteAllText(RootDirectory / "artifacts" / "split.txt", File.ReadAllText(RootDirectory / "data" / "pin.txt"));
            });
    }

    private sealed class ModelBuild : RecordingBuild
    {
        [Parameter("Learning rate")]
        private readonly double Eta = 0.1;

        public Action? DuringTrain { get; init; }

        public Target Validate => _ => _
            .Inputs(RootDirectory / "data" / "train.csv", RootDirectory / "data" / "more")
            .Produces(RootDirectory / "artifacts" / "validation.json")
            .Executes(() =>
            {
                Ran.Add(nameof(Validate));
                Directory.CreateDirectory(RootDirectory / "artifacts");
                File.WriteAllText(RootDirectory / "artifacts" / "validation.json", "{}");
            });

        public Target Train => _ => _
            .DependsOn(Validate)
            .Reads(() => Eta)
            .Inputs(RootDirectory / "artifacts" / "validation.json")
            .Produces(RootDirectory / "artifacts" / "model.json")
            .Executes(() =>
            {
                Ran.Add(nameof(Train));
                DuringTrain?.Invoke();
                File.WriteAllText(RootDirectory / "artifacts" / "model.json", "model");
            });

        public Target Announce => _ => _.Executes(Record(nameof(Announce)));
    }
}
