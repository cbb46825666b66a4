using System.Text.Json;
using MlPipeline.Registry;

namespace MlPipeline.Components.Tests;

public sealed class TuneTarget : IDisposable
{
    private static readonly string[] Small = Study(trials: 8, seed: 3);

    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task TuneWritesOneLinePerTrialAndTheBestCompletedOneWhichTrainThenUses()
    {
        var tuned = await _pipeline.RunAsync(["Tune", .. Small]);
        var trained = await _pipeline.RunAsync("Train");

        Assert.Equal(0, tuned.ExitCode);
        var trials = Trials();
        Assert.Equal(Enumerable.Range(0, 8), trials.Select(t => t.GetProperty("number").GetInt32()).Order());
        Assert.All(trials, t => Assert.Contains(t.GetProperty("state").GetString(), new[] { "completed", "pruned" }));
        var completed = trials.Where(t => t.GetProperty("state").GetString() == "completed").ToArray();
        var expected = completed.MinBy(t => t.GetProperty("value").GetDouble());
        using var best = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("tuning/best.json")));
        Assert.Equal(expected.GetProperty("number").GetInt32(), best.RootElement.GetProperty("trial").GetInt32());
        Assert.Equal(expected.GetProperty("value").GetDouble(), best.RootElement.GetProperty("value").GetDouble());
        Assert.Contains($"Using the tuned parameters of trial {expected.GetProperty("number").GetInt32()}", trained.Output);
        using var lineage = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/training.json")));
        Assert.Equal(expected.GetProperty("values").GetProperty("max_depth").GetInt32(), lineage.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("max_depth").GetInt32());
    }

    [Fact]
    public async Task ASecondStudyWithTheSameSeedProposesTheSameTrials()
    {
        await _pipeline.RunAsync(["Tune", .. Small]);
        var first = Trials().Select(t => t.GetProperty("values").GetRawText()).ToArray();
        File.Delete(_pipeline.Artifact("tuning/trials.jsonl"));

        await _pipeline.RunAsync(["Tune", .. Small, "--force", "Tune"]);

        Assert.Equal(first, Trials().Select(t => t.GetProperty("values").GetRawText()));
    }

    [Fact]
    public async Task ALargerBudgetResumesTheStudyAndAnotherSeedStartsANewOne()
    {
        await _pipeline.RunAsync(["Tune", .. Small]);
        var first = Trials().Select(t => t.GetRawText()).ToArray();

        var resumed = await _pipeline.RunAsync(["Tune", .. Study(trials: 11, seed: 3)]);
        var restarted = await _pipeline.RunAsync(["Tune", .. Study(trials: 8, seed: 4)]);

        Assert.Contains("Resumed a study of 8 trials; 11 trials", resumed.Output);
        Assert.Contains("Starting a new study", restarted.Output);
        Assert.Equal(8, Trials().Length);
        Assert.NotEqual(first, Trials().Select(t => t.GetRawText()));
    }

    [Fact]
    public async Task EveryTrialIsTrackedInTheRegistry()
    {
        await _pipeline.RunAsync(["Tune", .. Small]);

        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        var runs = Enumerable.Range(1, 8).Select(id => registry.GetRun(id)!.Run).ToArray();
        Assert.All(runs, r => Assert.Equal(("tune-trial", "random"), (r.Kind, r.Parameters["sampler"])));
        Assert.Equal(Enumerable.Range(0, 8), runs.Select(r => (int)r.Metrics["trial"]).Order());
    }

    [Fact]
    public async Task TwoCheckoutsShareOneStudyThroughAPostgreSqlRegistry()
    {
        using var server = new PostgresServer();
        var registry = server.CreateDatabase();
        using var other = new PipelineFixture();

        var first = await _pipeline.RunAsync(["Tune", .. Study(trials: 6, seed: 3), "--study", "team", "--registry", registry]);
        var second = await other.RunAsync(["Tune", .. Study(trials: 10, seed: 3), "--study", "team", "--registry", registry]);

        Assert.True(first.ExitCode == 0, first.All);
        Assert.True(second.ExitCode == 0, second.All);
        Assert.Contains("Resumed a study of 6 trials; 10 trials", second.Output);
        var theirs = File.ReadAllLines(other.Artifact("tuning/trials.jsonl"));
        Assert.Equal(Enumerable.Range(0, 10), theirs.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("number").GetInt32()));
        Assert.Equal(File.ReadAllLines(_pipeline.Artifact("tuning/trials.jsonl")), theirs[..6]);
    }

    [Fact]
    public async Task AWorkerThatDiedMidTrialLeavesItsTrialToTheNextWorkerOnceItsHeartbeatIsStale()
    {
        using var server = new PostgresServer();
        var registry = server.CreateDatabase();
        using var other = new PipelineFixture();
        var first = await _pipeline.RunAsync(["Tune", .. Study(trials: 3, seed: 3), "--study", "team", "--registry", registry]);
        var name = System.Text.RegularExpressions.Regex.Match(first.Output, @"Sharing study (team-[0-9a-f]{12}) ").Groups[1].Value;
        using (var store = ModelRegistry.Open(registry))
        {
            // Trial 2 as its worker left it when killed: saved running, its last heartbeat ten minutes ago.
            var completed = store.Studies.LoadTrials(name)[2];
            var cutOff = System.Text.Json.Nodes.JsonNode.Parse(completed)!.AsObject();
            cutOff["state"] = "running";
            cutOff["value"] = null;
            cutOff["heartbeat"] = DateTimeOffset.UtcNow.AddMinutes(-10).ToString("O");
            Assert.True(store.Studies.ReplaceTrial(name, 2, completed, "running", cutOff.ToJsonString()));
        }

        var second = await other.RunAsync(["Tune", .. Study(trials: 4, seed: 3), "--study", "team", "--registry", registry, "--study-stale-after", "5m"]);

        Assert.True(second.ExitCode == 0, second.All);
        var trials = File.ReadAllLines(other.Artifact("tuning/trials.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal([0, 1, 2, 3], trials.Select(t => t.GetProperty("number").GetInt32()));
        Assert.DoesNotContain(trials, t => t.GetProperty("state").GetString() == "running");
        // Run again with the same values, trial 2 comes out as it did the first time.
        var firstTrials = File.ReadAllLines(_pipeline.Artifact("tuning/trials.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(firstTrials[2].GetProperty("value").GetDouble(), trials[2].GetProperty("value").GetDouble());
        Assert.Equal(firstTrials[2].GetProperty("values").GetRawText(), trials[2].GetProperty("values").GetRawText());
    }

    [Fact]
    public async Task ABadSearchSettingIsOneClearError()
    {
        var run = await _pipeline.RunAsync("Tune", "--trials", "4", "--pruner-reduction-factor", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("ReductionFactor", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }

    private static string[] Study(int trials, int seed) =>
        ["--trials", trials.ToString(System.Globalization.CultureInfo.InvariantCulture), "--tune-parallelism", "1", "--sampler", "random", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    private JsonElement[] Trials() => File.ReadAllLines(_pipeline.Artifact("tuning/trials.jsonl"))
        .Select(line => JsonDocument.Parse(line).RootElement).ToArray();
}
