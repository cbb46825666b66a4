using System.Text.Json;
using Microsoft.Data.Sqlite;
using MlPipeline.Registry;

namespace MlPipeline.Components.Tests;

public sealed class RegistryTargets : IDisposable
{
    private const string WorseModel = "--max-depth 1 --num-boost-round 2 --eta 0.05";
    private const string BaselineGate = "macro_f1:no-worse-than-baseline:0.02";

    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task RegisterRecordsAPassedVersionAndPromoteMakesItTheBaseline()
    {
        var registered = await _pipeline.RunAsync("Register", "--gate", "macro_f1>=0.5");
        var promoted = await _pipeline.RunAsync("Promote");
        var listed = await _pipeline.RunAsync("Models");

        Assert.Equal(0, registered.ExitCode);
        using var registration = Json("artifacts/model/registration.json");
        Assert.Equal(1, registration.RootElement.GetProperty("version").GetInt32());
        Assert.Equal("passed", registration.RootElement.GetProperty("state").GetString());
        Assert.Equal(0, promoted.ExitCode);
        using var baseline = Json("models/baseline.json");
        Assert.Equal(1, baseline.RootElement.GetProperty("model_version").GetInt32());
        using var metrics = Json("artifacts/model/metrics.json");
        Assert.Equal(metrics.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble(),
            baseline.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble(), 12);
        Assert.Matches(@"1\s+Deployed\s+0\.\d{4}", listed.Output);
    }

    [Fact]
    public async Task AWorseCandidateFailsTheBaselineGateAndIsRegisteredAsDiscarded()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");

        var worse = await _pipeline.RunAsync(["Register", "--gate", BaselineGate, .. WorseModel.Split(' ')]);

        Assert.Equal(1, worse.ExitCode);
        Assert.Equal("Failed", worse.StatusOf("RegressionTest"));
        Assert.Equal("Succeeded", worse.StatusOf("Register"));
        using var registration = Json("artifacts/model/registration.json");
        Assert.Equal((2, "discarded"), (registration.RootElement.GetProperty("version").GetInt32(), registration.RootElement.GetProperty("state").GetString()));
        using var gate = Json("artifacts/model/gate.json");
        var verdict = gate.RootElement.GetProperty("verdicts")[0];
        Assert.Equal("failed", verdict.GetProperty("state").GetString());
        // The paired interval of macro_f1(candidate) − macro_f1(baseline) lies below the tolerance.
        Assert.True(verdict.GetProperty("delta_high").GetDouble() < -0.02);
    }

    [Fact]
    public async Task TheSameModelJudgedAgainstItselfPassesTheBaselineGate()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");

        var again = await _pipeline.RunAsync("Register", "--gate", BaselineGate, "--force", "RegressionTest,Register");

        Assert.Equal(0, again.ExitCode);
        using var gate = Json("artifacts/model/gate.json");
        var verdict = gate.RootElement.GetProperty("verdicts")[0];
        Assert.Equal(("passed", 0.0), (verdict.GetProperty("state").GetString(), verdict.GetProperty("delta").GetDouble()));
    }

    [Fact]
    public async Task WithoutABaselineOnlyAbsoluteGatesApplyAndTheReportSaysSo()
    {
        var run = await _pipeline.RunAsync("RegressionTest", "--gate", BaselineGate, "--gate", "accuracy>=0.99");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no baseline yet", run.Output);
        using var gate = Json("artifacts/model/gate.json");
        Assert.Equal(["skipped", "failed"], gate.RootElement.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task AMistypedGateStopsTheBuildBeforeTrainingStarts()
    {
        var run = await _pipeline.RunAsync("RegressionTest", "--gate", "macro_f>=0.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target 'RegressionTest': --gate: ", run.Error);
        Assert.Contains("did you mean 'macro_f1'?", run.Error);
        Assert.False(_pipeline.Artifact("model/model.json").Exists);
    }

    [Fact]
    public async Task RollbackDeploysThePreviousVersionAndTheAuditTrailAnswersWhatWasDeployedWhen()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");
        var firstDeployed = DateTimeOffset.UtcNow;
        await _pipeline.RunAsync("Register", "--max-depth", "3");
        await _pipeline.RunAsync("Promote", "--model-version", "2", "--reason", "deeper is not always better");

        var rollback = await _pipeline.RunAsync("Rollback");
        var history = await _pipeline.RunAsync("Models", "--model-version", "2");
        var then = await _pipeline.RunAsync("Models", "--deployed-at", firstDeployed.ToString("O"));

        Assert.Equal(0, rollback.ExitCode);
        using var baseline = Json("models/baseline.json");
        Assert.Equal(1, baseline.RootElement.GetProperty("model_version").GetInt32());
        Assert.Contains("Approved → Deployed  by", history.Output);
        Assert.Contains("deeper is not always better", history.Output);
        Assert.Contains("Deployed → Retired", history.Output);
        Assert.Contains("version 1 was deployed at", then.Output);
    }

    [Fact]
    public async Task ARollbackWhoseRestoredModelCannotBeScoredChangesNeitherTheRegistryNorTheBaseline()
    {
        await _pipeline.RunAsync("Register");
        await _pipeline.RunAsync("Promote");
        await _pipeline.RunAsync("Register", "--max-depth", "3");
        await _pipeline.RunAsync("Promote", "--model-version", "2");
        var baseline = File.ReadAllBytes(_pipeline.Root / "models" / "baseline.json");
        var predictions = File.ReadAllBytes(_pipeline.Root / "models" / "baseline.predictions.json");
        using (var database = new SqliteConnection($"Data Source={_pipeline.Root / "models" / "registry.db"};Pooling=False"))
        {
            database.Open();
            using var damage = database.CreateCommand();
            damage.CommandText = "UPDATE blobs SET content = X'00' WHERE sha256 = (SELECT sha256 FROM versions WHERE version = 1)";
            Assert.Equal(1, damage.ExecuteNonQuery());
        }

        var rollback = await _pipeline.RunAsync("Rollback");

        Assert.Equal(1, rollback.ExitCode);
        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        Assert.Equal([ModelState.Retired, ModelState.Deployed], registry.List("seattle-weather").Select(version => version.State));
        Assert.Equal(baseline, File.ReadAllBytes(_pipeline.Root / "models" / "baseline.json"));
        Assert.Equal(predictions, File.ReadAllBytes(_pipeline.Root / "models" / "baseline.predictions.json"));
        Assert.Contains(
            "Version 1 of seattle-weather cannot be scored on the benchmark rows, so the registry and models/baseline.json are unchanged. " +
            "The model file ", rollback.All);
        Assert.Contains("is damaged: its bytes hash to", rollback.All);
    }

    [Fact]
    public async Task TrainAndEvaluateAreTrackedAsRunsAndTheVersionLinksToItsTrainingRun()
    {
        await _pipeline.RunAsync("Register", "--max-depth", "4");

        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        var train = registry.GetRun(1)!.Run;
        var evaluate = registry.GetRun(2)!.Run;
        using var lineage = Json("artifacts/model/training.json");
        using var metrics = Json("artifacts/model/metrics.json");
        Assert.Equal(("train", "seattle-weather", "4"), (train.Kind, train.ModelName, train.Parameters["max_depth"]));
        Assert.Equal(lineage.RootElement.GetProperty("provenance").GetProperty("data_hash").GetString(), train.DataHash);
        Assert.Equal(lineage.RootElement.GetProperty("best_iteration").GetInt32(), train.Metrics["best_iteration"]);
        Assert.Equal("evaluate", evaluate.Kind);
        Assert.Equal(metrics.RootElement.GetProperty("metrics").GetProperty("accuracy").GetDouble(), evaluate.Metrics["accuracy"], 12);
        Assert.Equal(1, registry.Get("seattle-weather", 1)!.RunId);
    }

    [Fact]
    public async Task ARegisteredVersionCarriesTheBuildHostsTimeAndItsCiJobAsTheActor()
    {
        var now = _pipeline.Time.Advance(TimeSpan.FromDays(40) + TimeSpan.FromSeconds(7));
        _pipeline.Environment["GITHUB_RUN_ID"] = "4711";
        _pipeline.Environment["GITHUB_WORKFLOW"] = "nightly";
        _pipeline.Environment["GITHUB_JOB"] = "retrain";
        _pipeline.Environment["GITHUB_ACTOR"] = "octocat";

        var run = await _pipeline.RunAsync("Register");

        Assert.True(run.ExitCode == 0, run.All);
        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        Assert.Equal(new DateTimeOffset(2026, 2, 10, 0, 0, 7, TimeSpan.Zero), registry.Get("seattle-weather", 1)!.Created);
        Assert.Equal(
            [(now, "github-actions: nightly/retrain run 4711 (octocat)"), (now, "github-actions: nightly/retrain run 4711 (octocat)")],
            registry.History("seattle-weather", 1).Select(t => (t.At, t.Actor)));
        Assert.Equal((now, now), (registry.GetRun(1)!.Run.Started, registry.GetRun(1)!.Run.Ended));
        using var lineage = Json("artifacts/model/training.json");
        Assert.Equal(now, lineage.RootElement.GetProperty("provenance").GetProperty("started").GetDateTimeOffset());
    }

    [Fact]
    public async Task WithoutACiJobTheAuditTrailNamesTheBuildHostsUser()
    {
        _pipeline.UserName = "ada";

        await _pipeline.RunAsync("Register");

        using var registry = ModelRegistry.Open(_pipeline.Root / "models" / "registry.db");
        Assert.All(registry.History("seattle-weather", 1), t => Assert.Equal("ada", t.Actor));
    }

    [Fact]
    public async Task AnUnreachableRegistryIsOneClearError()
    {
        var port = FreePort.Next();

        var run = await _pipeline.RunAsync("Register", "--registry", $"Host=127.0.0.1;Port={port};Database=registry;Username=ci");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", run.All);
        Assert.DoesNotContain("   at ", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("model/registration.json")));
    }

    [Fact]
    public async Task ACorruptRegistryFileIsOneClearError()
    {
        _pipeline.Write("models/registry.db", "this is not a database, it is a note someone saved here");

        var run = await _pipeline.RunAsync("Register");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("registry.db", run.All);
        Assert.Contains("not a SQLite database", run.All);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact]
    public async Task ATeamRegistryOnPostgreSqlKeepsVersionsFromSeveralCheckouts()
    {
        using var server = new PostgresServer();
        var registry = server.CreateDatabase();
        using var other = new PipelineFixture();

        var first = await _pipeline.RunAsync("Register", "--registry", registry);
        var second = await other.RunAsync("Register", "--registry", registry, "--max-depth", "3");
        var listed = await other.RunAsync("Models", "--registry", registry);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Matches(@"1\s+Passed", listed.Output);
        Assert.Matches(@"2\s+Passed", listed.Output);
    }

    private JsonDocument Json(string relativePath) => JsonDocument.Parse(File.ReadAllBytes(_pipeline.Root / relativePath));
}
