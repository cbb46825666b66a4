using System.Text.Json;

namespace MlPipeline.Components.Tests;

public sealed class TunedTraining : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public TunedTraining() => _pipeline.Write("artifacts/tuning/best.json", """
        {
          "study": "seattle-weather", "sampler": "tpe", "trial": 17, "metric": "validation mlogloss", "value": 0.48,
          "parameters": { "eta": 0.1, "max_depth": 3, "num_boost_round": 40 },
          "completed_trials": 30, "pruned_trials": 12, "finished": "2026-12-01T10:00:00+00:00"
        }
        """);

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task TrainUsesTheBestTrialForEveryParameterLeftAtItsDefaultAndSaysSo()
    {
        var run = await _pipeline.RunAsync("Train", "--max-depth", "5");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Using the tuned parameters of trial 17 of study seattle-weather", run.Output);
        using var lineage = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/training.json")));
        var parameters = lineage.RootElement.GetProperty("provenance").GetProperty("parameters");
        Assert.Equal((0.1, 5, 40), (parameters.GetProperty("eta").GetDouble(), parameters.GetProperty("max_depth").GetInt32(), parameters.GetProperty("num_boost_round").GetInt32()));
    }

    [Fact]
    public async Task ANewStudyRetrainsTheModel()
    {
        await _pipeline.RunAsync("Train");
        var best = File.ReadAllText(_pipeline.Artifact("tuning/best.json"));
        _pipeline.Write("artifacts/tuning/best.json", best.Replace("\"max_depth\": 3", "\"max_depth\": 2", StringComparison.Ordinal));

        var again = await _pipeline.RunAsync("Train");

        Assert.Equal("Succeeded", again.StatusOf("Train"));
    }

    [Fact]
    public async Task BuildCodeNewerThanTheStudyKeepsTheCodesParameters()
    {
        File.SetLastWriteTimeUtc(_pipeline.Artifact("tuning/best.json"), DateTime.UtcNow.AddHours(-1));
        _pipeline.Write("build/Build.cs", "// edited after tuning");

        var run = await _pipeline.RunAsync("Train");

        Assert.Contains("the build's code changed after that study", run.Output);
        using var lineage = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/training.json")));
        Assert.Equal(6, lineage.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("max_depth").GetInt32());
    }
}
