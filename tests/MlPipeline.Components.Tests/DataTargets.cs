using System.Text.Json;

namespace MlPipeline.Components.Tests;

public sealed class DataTargets : IDisposable
{
    private readonly PipelineFixture _pipeline = new();

    public void Dispose() => _pipeline.Dispose();

    [Fact]
    public async Task ValidateDataReportsTheDataVersionSplitsAndStatistics()
    {
        var run = await _pipeline.RunAsync("ValidateData");

        Assert.Equal(0, run.ExitCode);
        using var report = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("data/validation.json")));
        Assert.StartsWith("sha256:", report.RootElement.GetProperty("data_hash").GetString());
        Assert.Equal(1461, report.RootElement.GetProperty("row_count").GetInt32());
        var sizes = report.RootElement.GetProperty("split_sizes");
        Assert.Equal(1461, sizes.GetProperty("train").GetInt32() + sizes.GetProperty("validation").GetInt32() + sizes.GetProperty("benchmark").GetInt32());
        Assert.Contains(report.RootElement.GetProperty("data_hash").GetString()!, run.Output);
    }

    [Fact]
    public async Task ANumericFeatureHoldingTextFailsValidationWithItsFileLineAndColumn()
    {
        var csv = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        csv[3] = "2012-01-03,0.8,warm,7.2,2.3,rain";
        File.WriteAllLines(_pipeline.Root / "data" / "seattle-weather.csv", csv);

        var run = await _pipeline.RunAsync("Train");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.StatusOf("ValidateData"));
        Assert.StartsWith("NotRun", run.StatusOf("Train"));
        Assert.Contains("seattle-weather.csv:4:3", run.All);
        Assert.Contains("\"warm\"", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("data/splits.json")));
    }

    [Fact]
    public async Task ALabelWithOneClassFailsValidation()
    {
        var lines = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        File.WriteAllLines(_pipeline.Root / "data" / "seattle-weather.csv", lines.Select((l, i) => i == 0 ? l : l[..l.LastIndexOf(',')] + ",rain"));

        var run = await _pipeline.RunAsync("ValidateData");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("label-single-class", run.All);
    }

    [Fact]
    public async Task ALabelColumnAbsentFromTheFileIsOneClearError()
    {
        var lines = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        File.WriteAllLines(_pipeline.Root / "data" / "seattle-weather.csv", lines.Select(l => l[..l.LastIndexOf(',')]));

        var run = await _pipeline.RunAsync("Train");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("weather", run.All);
        Assert.DoesNotContain("   at ", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("data/validation.json")));
    }

    [Fact]
    public async Task ACorruptCsvFailsWithoutLeavingAnArtifact()
    {
        await _pipeline.RunAsync("ValidateData");
        File.WriteAllText(_pipeline.Root / "data" / "seattle-weather.csv", "date,precipitation,temp_max,temp_min,wind,weather\n2012-01-01,\"0.0,12.8,5.0,4.7,drizzle\n");

        var run = await _pipeline.RunAsync("ValidateData");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("seattle-weather.csv:2", run.All);
        Assert.False(File.Exists(_pipeline.Artifact("data/validation.json")));
        Assert.False(File.Exists(_pipeline.Artifact("data/splits.json")));
    }

    [Fact]
    public async Task InferSchemaProposesASchemaAndNeverOverwritesOne()
    {
        File.Copy(_pipeline.Root / "data" / "penguins.csv", _pipeline.Root / "data" / "birds.csv");

        var run = await _pipeline.RunAsync("InferSchema", "--dataset", _pipeline.Root / "data" / "birds.csv", "--label", "Species");
        var again = await _pipeline.RunAsync("InferSchema", "--dataset", _pipeline.Root / "data" / "birds.csv", "--label", "Species");

        Assert.Equal(0, run.ExitCode);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Root / "data" / "birds.schema.json"));
        Assert.Equal("multiclass", schema.RootElement.GetProperty("task").GetString());
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.All);
    }

    [Fact]
    public async Task DetectDriftFindsTheWarmerLaterYearsAndFailsOnlyWhenAsked()
    {
        var lines = File.ReadAllLines(_pipeline.Root / "data" / "seattle-weather.csv");
        _pipeline.Write("batches/2015.csv", string.Join('\n', lines.Where((l, i) => i == 0 || l.StartsWith("2015-", StringComparison.Ordinal))));
        _pipeline.Write("batches/2012.csv", string.Join('\n', lines.Where((l, i) => i == 0 || l.StartsWith("2012-", StringComparison.Ordinal))));

        var reported = await _pipeline.RunAsync("DetectDrift", "--drift-reference", _pipeline.Root / "batches" / "2012.csv", "--drift-batch", _pipeline.Root / "batches" / "2015.csv");
        var failed = await _pipeline.RunAsync("DetectDrift", "--drift-reference", _pipeline.Root / "batches" / "2012.csv", "--drift-batch", _pipeline.Root / "batches" / "2015.csv", "--fail-on-drift");

        Assert.Equal(0, reported.ExitCode);
        using var drift = JsonDocument.Parse(File.ReadAllBytes(_pipeline.Artifact("data/drift.json")));
        Assert.True(drift.RootElement.GetProperty("drifted").GetBoolean());
        var temperature = drift.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "temp_max");
        Assert.Equal("ks", temperature.GetProperty("method").GetString());
        Assert.True(temperature.GetProperty("drifted").GetBoolean());
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("Drop --fail-on-drift", failed.All);
    }

    [Fact]
    public async Task DetectDriftAgainstTheSameDataFindsNoDrift()
    {
        var run = await _pipeline.RunAsync("DetectDrift", "--drift-batch", _pipeline.Root / "data" / "seattle-weather.csv", "--fail-on-drift");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No drift", run.Output);
    }
}
