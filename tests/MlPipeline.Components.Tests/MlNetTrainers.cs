using System.Text.Json;

namespace MlPipeline.Components.Tests;

public sealed class MlNetTrainers : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task AnUnknownTrainerStopsTheBuildBeforeAnythingRunsAndNamesTheValidOnes()
    {
        var run = await _pipeline.RunAsync("Train", "--trainer", "catboost");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("XGBoost, LightGbm, FastTree", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("validation/report.json")));
    }

    [Fact]
    public async Task AnXGBoostOptionWithAnotherTrainerIsOneMessageBeforeAnythingRuns()
    {
        var run = await _pipeline.RunAsync("Train", "--trainer", "lightgbm", "--eta", "0.1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--eta is an XGBoost option, but --trainer is lightgbm: set its parameters with --trainer-parameters name=value (num_iterations, learning_rate,", run.All);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public async Task TrainWritesModelZipWithItsLineageAndEvaluateScoresItWithOurMetrics(string trainer)
    {
        var run = await _pipeline.RunAsync("Evaluate", "--trainer", trainer, "--trainer-parameters", "learning_rate=0.05");

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(_pipeline.Artifact("model/model.zip")));
        Assert.False(File.Exists(_pipeline.Artifact("model/model.json")));
        using var lineage = Json("artifacts/model/training.json");
        Assert.Equal(trainer, lineage.RootElement.GetProperty("provenance").GetProperty("trainer").GetString());
        Assert.Equal(0.05, lineage.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("learning_rate").GetDouble());
        using var metrics = Json("artifacts/model/metrics.json");
        Assert.InRange(metrics.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble(), 0.45, 1);
    }

    [Fact]
    public async Task TuneSearchesLightGbmsOwnParametersAndTrainUsesTheBest()
    {
        var tuned = await _pipeline.RunAsync("Tune", "--trainer", "lightgbm", "--trials", "3", "--tune-parallelism", "1", "--sampler", "random");
        var trained = await _pipeline.RunAsync("Train", "--trainer", "lightgbm");

        Assert.Equal(0, tuned.ExitCode);
        using var best = Json("artifacts/tuning/best.json");
        Assert.Equal("lightgbm", best.RootElement.GetProperty("trainer").GetString());
        Assert.True(best.RootElement.GetProperty("parameters").TryGetProperty("num_leaves", out _));
        Assert.Contains("Using the tuned parameters of trial", trained.Output);
    }

    [Fact]
    public async Task ALightGbmModelIsRegisteredPromotedAndScoredAsTheBaseline()
    {
        var registered = await _pipeline.RunAsync("Register", "--trainer", "lightgbm", "--gate", "macro_f1>=0.4");
        var promoted = await _pipeline.RunAsync("Promote", "--trainer", "lightgbm");

        Assert.Equal((0, 0), (registered.ExitCode, promoted.ExitCode));
        using var baseline = Json("models/baseline.json");
        using var metrics = Json("artifacts/model/metrics.json");
        Assert.Equal(metrics.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble(),
            baseline.RootElement.GetProperty("metrics").GetProperty("macro_f1").GetDouble(), 12);
    }

    [Theory]
    [InlineData("lightgbm")]
    [InlineData("fasttree")]
    public async Task VerifyOnnxFindsMlNetsOnnxGraphPredictsWhatMlNetPredicts(string trainer)
    {
        var run = await _pipeline.RunAsync("VerifyOnnx", "--trainer", trainer);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"model.onnx gives {trainer}'s predictions on all", run.Output);
        using var parity = Json("artifacts/model/parity.json");
        Assert.True(parity.RootElement.GetProperty("passed").GetBoolean());
    }

    private JsonDocument Json(string path) => JsonDocument.Parse(File.ReadAllBytes(_pipeline.Root / path));
}
