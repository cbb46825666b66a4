namespace MlPipeline.Components.Tests;

public sealed class ServingTargets : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task PackageModelWritesTheBundleAndIsUpToDateOnTheSameInputs()
    {
        var run = await _pipeline.RunAsync("PackageModel");
        var again = await _pipeline.RunAsync("PackageModel");

        Assert.True(run.ExitCode == 0, run.All);
        var bundle = _pipeline.Artifact("serving/model");
        Assert.Equal(["metrics.json", "model.json", "model.onnx", "schema.json", "training.json"], Directory.GetFiles(bundle).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(File.ReadAllBytes(_pipeline.Artifact("model/model.onnx")), File.ReadAllBytes(bundle / "model.onnx"));
        // Nothing of the staging directory is left beside the bundle.
        Assert.Equal(["model"], Directory.GetFileSystemEntries(_pipeline.Artifact("serving")).Select(Path.GetFileName));
        Assert.Equal("UpToDate", again.StatusOf("PackageModel"));
    }

    [Fact]
    public async Task ARegisteredModelsBundleCarriesItsRegistration()
    {
        var run = await _pipeline.RunAsync("Register", "PackageModel");

        Assert.True(run.ExitCode == 0, run.All);
        Assert.True(File.Exists(_pipeline.Artifact("serving/model/registration.json")), run.All);
        Assert.Contains("Packaged seattle-weather version 1 into artifacts/serving/model", run.Output);
    }

    [Fact]
    public async Task ScoreWritesTheInputWithPredictions()
    {
        var output = _pipeline.Root / "scored.csv";

        var run = await _pipeline.RunAsync("Score", "--input", "data/seattle-weather.csv", "--output", output);

        Assert.True(run.ExitCode == 0, run.All);
        var lines = File.ReadAllLines(output);
        Assert.Equal("date,precipitation,temp_max,temp_min,wind,weather,predicted_label,p_drizzle,p_fog,p_rain,p_snow,p_sun", lines[0]);
        Assert.Equal(File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv").Length, lines.Length);
    }

    [Fact]
    public async Task ScoreOfABadFileFailsWithOneMessageAndWritesNothing()
    {
        var input = _pipeline.Write("bad.csv", "precipitation,temp_max,temp_min\n0,1,2\n");
        var output = _pipeline.Root / "scored.csv";

        var run = await _pipeline.RunAsync("Score", "--input", input, "--output", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has no column \"wind\", which the model needs", run.All);
        Assert.False(File.Exists(output));
    }
}
