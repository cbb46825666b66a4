using System.Text.Json;

namespace MlPipeline.Components.Tests;

public sealed class OnnxTargets : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Theory]
    [InlineData("data/seattle-weather.csv", "p_drizzle,p_fog,p_rain,p_snow,p_sun")]
    [InlineData("data/breast_cancer.csv", "p_benign,p_malignant")]
    [InlineData("data/cars.csv", "value")]
    public async Task VerifyOnnxFindsTheExportedModelGivesXGBoostsPredictionsOnTheBenchmarkRows(string dataset, string outputs)
    {
        var run = await _pipeline.RunAsync("VerifyOnnx", "--dataset", dataset);

        Assert.True(run.ExitCode == 0, run.All);
        using var parity = Json("model/parity.json");
        using var splits = Json("data/splits.json");
        var root = parity.RootElement;
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(splits.RootElement.GetProperty("benchmark").GetArrayLength(), root.GetProperty("rows").GetInt32());
        Assert.Equal(outputs, string.Join(",", root.GetProperty("outputs").EnumerateArray().Select(o => o.GetString())));
        Assert.InRange(root.GetProperty("max_abs_difference").GetDouble(), 0, 1e-5);
        Assert.Equal(0, root.GetProperty("rows_over_tolerance").GetInt32());
        Assert.Equal("1.32.0", root.GetProperty("onnx_runtime").GetString());
        Assert.True(root.GetProperty("latency_p99_ms").GetDouble() > 0);
        Assert.Contains("model.onnx gives xgboost's predictions on all", run.Output);
    }

    [Fact]
    public async Task ASecondRunWithNothingChangedIsUpToDate()
    {
        await _pipeline.RunAsync("VerifyOnnx");

        var again = await _pipeline.RunAsync("VerifyOnnx");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(("UpToDate", "UpToDate"), (again.StatusOf("ExportOnnx"), again.StatusOf("VerifyOnnx")));
    }

    [Fact]
    public async Task AnOnnxModelOfAnotherModelFailsVerification()
    {
        await _pipeline.RunAsync("ExportOnnx", "--max-depth", "1", "--num-boost-round", "3");
        var weak = File.ReadAllBytes(_pipeline.Artifact("model/model.onnx"));
        await _pipeline.RunAsync("ExportOnnx");
        File.WriteAllBytes(_pipeline.Artifact("model/model.onnx"), weak);

        var run = await _pipeline.RunAsync("VerifyOnnx", "--skip", "ExportOnnx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("model.onnx does not predict what xgboost predicts on", run.All);
        Assert.Contains("above --onnx-tolerance 1E-05; details in artifacts/model/parity.json", run.All);
        using var parity = Json("model/parity.json");
        Assert.False(parity.RootElement.GetProperty("passed").GetBoolean());
        Assert.True(parity.RootElement.GetProperty("max_abs_difference").GetDouble() > 0.01);
    }

    [Fact]
    public async Task ACorruptModelOnnxStopsVerificationWithOneMessageNamingTheFileAndTheFix()
    {
        await _pipeline.RunAsync("ExportOnnx");
        var path = _pipeline.Artifact("model/model.onnx");
        var model = File.ReadAllBytes(path);
        File.WriteAllBytes(path, model[..(model.Length / 2)]);

        var run = await _pipeline.RunAsync("VerifyOnnx", "--skip", "ExportOnnx");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"ONNX Runtime 1.32.0 cannot load {path}: [ErrorCode:InvalidProtobuf] Load model from {path} failed:Protobuf parsing failed.", run.All);
        Assert.Contains("export it again (./build.sh ExportOnnx", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("model/parity.json")));
    }

    [Fact]
    public async Task TheExportedModelSaysWhichTrainingItCameFrom()
    {
        await _pipeline.RunAsync("ExportOnnx");

        using var lineage = Json("model/training.json");
        var onnx = File.ReadAllBytes(_pipeline.Artifact("model/model.onnx"));
        var text = System.Text.Encoding.UTF8.GetString(onnx);
        Assert.Contains(lineage.RootElement.GetProperty("provenance").GetProperty("model_sha256").GetString()!, text);
        Assert.Contains(lineage.RootElement.GetProperty("provenance").GetProperty("data_hash").GetString()!, text);
        Assert.Contains("\"precipitation\"", text);
    }

    private JsonDocument Json(string artifact) => JsonDocument.Parse(File.ReadAllText(_pipeline.Artifact(artifact)));
}
