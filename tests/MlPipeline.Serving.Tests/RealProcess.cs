using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class RealProcess
{
    [Fact]
    public async Task TheBuiltServiceScoresOverHttpAndStopsCleanlyOnSigterm()
    {
        var model = ServedModels.Binary;
        using var service = await ServiceProcess.StartAsync(model.Directory);
        using var client = new HttpClient { BaseAddress = service.Address };

        using var response = await client.PostAsJsonAsync("/predict", new JsonObject { ["dataframe_records"] = model.Records(Enumerable.Range(0, 50)) });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(200, (int)response.StatusCode);
        for (var row = 0; row < 50; row++)
        {
            var probabilities = body["predictions"]![row]!["probabilities"]!;
            Assert.Equal(model.Expected[(row * 2) + 1], probabilities[model.Classes![1]]!.GetValue<double>(), 1e-5);
        }

        Assert.Equal(0, await service.TerminateAsync());
    }

    [Fact]
    public async Task AnIncompleteBundleStopsTheProcessWithOneMessage()
    {
        var directory = ServedModels.CopyOf(ServedModels.Binary);
        File.Delete(Path.Combine(directory, "schema.json"));

        using var process = ServiceProcess.Run("--model-dir", directory, "--urls", "http://127.0.0.1:0");
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith($"error: The model directory {directory} has no schema.json;", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchModeScoresAFileFromTheCommandLine()
    {
        var model = ServedModels.Regression;
        var folder = ServedModels.CopyOf(model);
        var output = Path.Combine(folder, "scored.csv");

        using var process = ServiceProcess.Run("score", "--model-dir", model.Directory, "--input", Path.Combine(AppContext.BaseDirectory, "data", "cars.csv"), "--output", output);
        var printed = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("Scored 406 rows of ", printed, StringComparison.Ordinal);
        Assert.EndsWith(",prediction", File.ReadLines(output).First(), StringComparison.Ordinal);
    }
}
