using System.Security.Cryptography;
using System.Text.Json;

namespace MlPipeline.Components.Tests;

public sealed class TrainAndEvaluate : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task TrainValidatesTheDefaultDatasetTrainsAndPrintsTheValidationMetrics()
    {
        var run = await _pipeline.RunAsync("Train");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Succeeded", run.StatusOf("ValidateData"));
        Assert.Equal("Succeeded", run.StatusOf("Train"));
        Assert.Contains("Validation metrics (", run.Output);
        Assert.Contains("macro_f1", run.Output);
        using var model = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/model.json")));
        Assert.Equal("multi:softprob", model.RootElement.GetProperty("learner").GetProperty("objective").GetProperty("name").GetString());
        using var lineage = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/training.json")));
        using var validation = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("data/validation.json")));
        Assert.Equal(validation.RootElement.GetProperty("data_hash").GetString(), lineage.RootElement.GetProperty("provenance").GetProperty("data_hash").GetString());
        Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(_pipeline.Artifact("model/model.json")))), lineage.RootElement.GetProperty("provenance").GetProperty("model_sha256").GetString());
        Assert.Equal(["drizzle", "fog", "rain", "snow", "sun"], lineage.RootElement.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(0, lineage.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("seed").GetInt32());
    }

    [Fact]
    public async Task ASecondTrainWithNothingChangedSkipsValidationAndTrainingAsUpToDate()
    {
        await _pipeline.RunAsync("Train");

        var second = await _pipeline.RunAsync("Train");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("UpToDate", second.StatusOf("ValidateData"));
        Assert.Equal("UpToDate", second.StatusOf("Train"));
    }

    [Fact]
    public async Task ForcedRetrainingOnUnchangedInputsWritesTheSameModelBytes()
    {
        await _pipeline.RunAsync("Train");
        var first = File.ReadAllBytes(_pipeline.Artifact("model/model.json"));

        var forced = await _pipeline.RunAsync("Train", "--force");

        Assert.Equal("Succeeded", forced.StatusOf("Train"));
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(File.ReadAllBytes(_pipeline.Artifact("model/model.json"))));
    }

    [Fact]
    public async Task AChangedParameterRetrainsButDoesNotRevalidate()
    {
        await _pipeline.RunAsync("Train");

        var run = await _pipeline.RunAsync("Train", "--max-depth", "3");

        Assert.Equal("UpToDate", run.StatusOf("ValidateData"));
        Assert.Equal("Succeeded", run.StatusOf("Train"));
        using var lineage = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/training.json")));
        Assert.Equal(3, lineage.RootElement.GetProperty("provenance").GetProperty("parameters").GetProperty("max_depth").GetInt32());
    }

    [Fact]
    public async Task EvaluateWritesTheMulticlassMetricsPredictionsAndImportanceOfTheBenchmarkSplit()
    {
        var run = await _pipeline.RunAsync("Evaluate");

        Assert.Equal(0, run.ExitCode);
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/metrics.json")));
        Assert.Equal("multiclass", metrics.RootElement.GetProperty("task").GetString());
        var names = metrics.RootElement.GetProperty("metrics").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["accuracy", "precision", "recall", "f1", "macro_f1", "micro_f1", "roc_auc", "pr_auc", "log_loss"], names);
        // Seattle weather is mostly "rain" and "sun", which the features separate well; drizzle and fog they hardly do.
        Assert.InRange(metrics.RootElement.GetProperty("metrics").GetProperty("accuracy").GetDouble(), 0.75, 0.95);
        var accuracy = metrics.RootElement.GetProperty("intervals").GetProperty("accuracy");
        Assert.True(accuracy.GetProperty("low").GetDouble() < accuracy.GetProperty("high").GetDouble());

        var lines = File.ReadAllLines(_pipeline.Artifact("model/predictions.csv"));
        Assert.Equal("row,label,predicted,p_drizzle,p_fog,p_rain,p_snow,p_sun", lines[0]);
        using var validation = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("data/validation.json")));
        Assert.Equal(validation.RootElement.GetProperty("split_sizes").GetProperty("benchmark").GetInt32(), lines.Length - 1);
        var probabilities = lines[1].Split(',')[3..].Select(double.Parse).ToArray();
        Assert.Equal(1.0, probabilities.Sum(), 1e-5);

        using var importance = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/importance.json")));
        var features = importance.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToArray();
        Assert.Equal(["precipitation", "temp_max", "temp_min", "wind"], features.Order());
        // Rain or not is decided by precipitation above all.
        Assert.Equal("precipitation", features[0]);
    }

    [Fact]
    public async Task ARegressionDatasetGetsRegressionMetricsAndValuePredictions()
    {
        var run = await _pipeline.RunAsync("Evaluate", "--dataset", _pipeline.Root / "data" / "cars.csv");

        Assert.Equal(0, run.ExitCode);
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/metrics.json")));
        Assert.Equal(["rmse", "mae", "r2"], metrics.RootElement.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
        // Miles per gallon from weight, horsepower and the rest: a good model explains most of the variance.
        Assert.True(metrics.RootElement.GetProperty("metrics").GetProperty("r2").GetDouble() > 0.75);
        Assert.Equal("row,label,predicted", File.ReadLines(_pipeline.Artifact("model/predictions.csv")).First());
    }

    [Fact]
    public async Task ABinaryDatasetGetsABinaryModelWithAHighRocAuc()
    {
        var run = await _pipeline.RunAsync("Evaluate", "--dataset", _pipeline.Root / "data" / "breast_cancer.csv");

        Assert.Equal(0, run.ExitCode);
        using var metrics = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("model/metrics.json")));
        Assert.Equal("binary", metrics.RootElement.GetProperty("task").GetString());
        Assert.True(metrics.RootElement.GetProperty("metrics").GetProperty("roc_auc").GetDouble() > 0.95);
        Assert.Equal("row,label,predicted,p_benign,p_malignant", File.ReadLines(_pipeline.Artifact("model/predictions.csv")).First());
    }

    [Fact]
    public async Task OutOfRangeParametersStopTheBuildBeforeValidationWithTheOptionsNamed()
    {
        var run = await _pipeline.RunAsync("Train", "--eta", "0", "--max-depth", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target 'Train': Invalid training parameters: --eta is 0 but must be > 0; --max-depth is -1 but must be >= 0", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("model/model.json")));
        Assert.False(File.Exists(_pipeline.Artifact("data/splits.json")));
    }
}
