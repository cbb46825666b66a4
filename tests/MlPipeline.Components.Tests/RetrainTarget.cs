using System.Globalization;
using System.Text.Json;
using MlPipeline.Registry;

namespace MlPipeline.Components.Tests;

/// <summary>
/// Each retraining trigger through the nightly's command line (<c>Retrain --profile nightly</c>, the committed profile),
/// against a model deployed by Register and Promote on the sample data in a real SQLite registry.
/// </summary>
public sealed class RetrainTarget : IDisposable
{
    private const string Gate = "macro_f1>=0.5";
    private const string NotTriggered = "Skipped (not triggered: Retrain did not run (condition `a retraining trigger fired` is false))";

    private readonly PipelineFixture _pipeline = new();

    public RetrainTarget()
    {
        Directory.CreateDirectory(_pipeline.Root / ".nuke");
        File.Copy(Repository.Root / ".nuke" / "parameters.nightly.json", _pipeline.Root / ".nuke" / "parameters.nightly.json");
    }

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task WithNothingDeployedTheNightlyTrainsAndRegistersAVersionThatKeepsItsReferenceProfile()
    {
        var run = await Nightly();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([("manual", "not_fired"), ("no deployed version", "fired"), ("age", "not_checked"), ("data changed", "not_checked"),
            ("drift", "not_checked"), ("metric decay", "not_checked")], Checks());
        Assert.Contains("Retraining seattle-weather: no deployed version: no version of seattle-weather is deployed in models/registry.db.", run.Output);
        Assert.Equal(["Succeeded"] , new[] { "ValidateData", "Train", "Evaluate", "RegressionTest", "Register" }.Select(run.StatusOf).Distinct());
        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        Assert.Equal(File.ReadAllBytes(_pipeline.Artifact("data/reference-profile.json")), registry.ReadArtifact("seattle-weather", 1, "reference-profile.json"));
    }

    [Fact]
    public async Task WhenNoTriggerFiresNothingIsTrainedAndEachCheckSaysWhy()
    {
        await DeployAsync();
        _pipeline.Time.Advance(TimeSpan.FromDays(29));
        var model = File.GetLastWriteTimeUtc(_pipeline.Artifact("model/model.json"));

        var run = await Nightly("--drift-batch", Batch("like.csv", row => row), "--monitoring-batch", Batch("good.csv", row => row));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([("manual", "not_fired"), ("no deployed version", "not_fired"), ("age", "not_fired"), ("data changed", "not_fired"),
            ("drift", "not_fired"), ("metric decay", "not_fired")], Checks());
        Assert.False(Decision().GetProperty("retrain").GetBoolean());
        Assert.Equal(1, Decision().GetProperty("deployed_version").GetInt32());
        Assert.Contains("No trigger fired: manual: neither --force Retrain nor --retrain-reason; ", run.Output);
        Assert.Contains("age: version 1 was registered 29 days ago (2026-01-01 00:00 UTC), within --max-model-age 30 days", run.Output);
        Assert.Contains("data changed: data/seattle-weather.csv is the data version 1 of seattle-weather was trained on (sha256:", run.Output);
        Assert.Matches(@"metric decay: version 1 of seattle-weather scored on 366 rows of batches/good\.csv passes macro_f1>=0\.5 \(0\.\d+ is at least 0\.5\)", run.Output);
        Assert.Equal("Skipped (condition `a retraining trigger fired` is false)", run.StatusOf("Retrain"));
        foreach (var target in new[] { "ValidateData", "Train", "Evaluate", "RegressionTest", "Register" })
        {
            Assert.Equal(NotTriggered, run.StatusOf(target));
        }

        Assert.Equal(model, File.GetLastWriteTimeUtc(_pipeline.Artifact("model/model.json")));
    }

    [Fact]
    public async Task ChangedDataFiresAndTheCostlierChecksAreNotRun()
    {
        await DeployAsync();
        var lines = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        File.WriteAllLines(_pipeline.Root / "data" / "seattle-weather.csv", lines[..^30]);

        var run = await Nightly("--drift-batch", Batch("like.csv", row => row));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([("manual", "not_fired"), ("no deployed version", "not_fired"), ("age", "not_fired"), ("data changed", "fired"),
            ("drift", "not_checked"), ("metric decay", "not_checked")], Checks());
        Assert.Matches(@"^data/seattle-weather\.csv has data hash sha256:[0-9a-f]{12}…; version 1 of seattle-weather was trained on sha256:", Reason("data changed"));
        Assert.Equal("retraining is already decided (data changed)", Reason("drift"));
        Assert.False(_pipeline.Artifact("retrain/drift.json").Exists);
        Assert.Equal("Succeeded", run.StatusOf("Register"));
        using var registration = Json("artifacts/model/registration.json");
        Assert.Equal(2, registration.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task ABatchThatDriftedFromTheDeployedVersionsProfileFires()
    {
        await DeployAsync();

        var run = await Nightly("--drift-batch", Batch("warmer.csv", WarmerAndWindier));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("fired", State("drift"));
        Assert.Matches(@"^\d of \d columns of batches/warmer\.csv drifted from version 1 of seattle-weather's data \(share 0\.\d+, threshold 0\.5\): .*temp_max, temp_min, wind", Reason("drift"));
        Assert.Equal(["drift"], Fired());
        using var drift = Json("artifacts/retrain/drift.json");
        Assert.True(drift.RootElement.GetProperty("drifted").GetBoolean());
        Assert.Equal("Succeeded", run.StatusOf("Register"));
    }

    [Fact]
    public async Task AModelOlderThanTheMaximumAgeFires()
    {
        await DeployAsync();
        _pipeline.Time.Advance(TimeSpan.FromDays(31));

        var run = await Nightly();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("version 1 was registered 31 days ago (2026-01-01 00:00 UTC), more than --max-model-age 30 days", Reason("age"));
        Assert.Equal(["age"], Fired());
        Assert.Equal("Succeeded", run.StatusOf("Register"));
    }

    [Fact]
    public async Task AMonitoringBatchTheDeployedModelScoresBelowTheGateOnFires()
    {
        await DeployAsync();

        var run = await Nightly("--monitoring-batch", Batch("decayed.csv", AlwaysSnow));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["metric decay"], Fired());
        Assert.Matches(@"^version 1 of seattle-weather scored on 366 rows of batches/decayed\.csv fails macro_f1>=0\.5 \(0\.\d+ is below the threshold 0\.5\)$", Reason("metric decay"));
        Assert.Equal("Succeeded", run.StatusOf("Register"));
    }

    [Theory]
    [InlineData(new[] { "--retrain-reason", "new labelling guide" }, "--retrain-reason: new labelling guide")]
    [InlineData(new[] { "--force", "Retrain" }, "--force Retrain")]
    public async Task APersonAskingFiresWhateverTheOtherChecksSay(string[] arguments, string reason)
    {
        await DeployAsync();

        var run = await Nightly(arguments);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["manual"], Fired());
        Assert.Equal(reason, Reason("manual"));
        Assert.Equal("retraining is already decided (manual)", Reason("data changed"));
        Assert.Equal("Succeeded", run.StatusOf("Register"));
    }

    private async Task DeployAsync()
    {
        Assert.Equal(0, (await _pipeline.RunAsync("Register", "--gate", Gate)).ExitCode);
        Assert.Equal(0, (await _pipeline.RunAsync("Promote")).ExitCode);
    }

    /// <summary>The nightly workflow's command line; the gate is the one Build.cs declares for this dataset.</summary>
    private Task<BuildRun> Nightly(params string[] arguments) => _pipeline.RunAsync(["Retrain", "--profile", "nightly", "--gate", Gate, .. arguments]);

    /// <summary>Every fourth row of the sample data, changed by <paramref name="change"/>: a batch like the data in every season.</summary>
    private string Batch(string name, Func<string[], string[]> change)
    {
        var lines = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        var rows = lines.Skip(1).Where((_, i) => i % 4 == 0).Select(line => string.Join(',', change(line.Split(','))));
        _pipeline.Write($"batches/{name}", string.Join('\n', rows.Prepend(lines[0])) + "\n");
        return $"batches/{name}";
    }

    // More than half of the profiled columns move: the default share threshold is 0.5.
    private static string[] WarmerAndWindier(string[] row) => [row[0], row[1], Plus(row[2], 15), Plus(row[3], 15), Plus(row[4], 5), row[5]];

    private static string[] AlwaysSnow(string[] row) => [.. row[..5], "snow"];

    private static string Plus(string value, double by) =>
        (double.Parse(value, CultureInfo.InvariantCulture) + by).ToString(CultureInfo.InvariantCulture);

    private JsonElement Decision()
    {
        using var json = Json("artifacts/retrain/decision.json");
        return json.RootElement.Clone();
    }

    private List<(string, string)> Checks() =>
        [.. Decision().GetProperty("checks").EnumerateArray().Select(c => (c.GetProperty("trigger").GetString()!, c.GetProperty("state").GetString()!))];

    private List<string> Fired() => [.. Checks().Where(c => c.Item2 == "fired").Select(c => c.Item1)];

    private string State(string trigger) => Checks().Single(c => c.Item1 == trigger).Item2;

    private string Reason(string trigger) => Decision().GetProperty("checks").EnumerateArray()
        .Single(c => c.GetProperty("trigger").GetString() == trigger).GetProperty("reason").GetString()!;

    private JsonDocument Json(string relativePath) => JsonDocument.Parse(File.ReadAllText(_pipeline.Root / relativePath));
}
