using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class Explanations
{
    private const double Tolerance = 1e-5;

    [Theory]
    [MemberData(nameof(ServedModels.Names), MemberType = typeof(ServedModels))]
    public async Task ExplainGivesXGBoostsContributionsWhichSumToTheMargin(string name)
    {
        var model = ServedModels.Named(name);
        await using var service = await TestService.StartAsync(model.Directory);

        var (status, body) = await service.PostAsync("/explain", new JsonObject { ["dataframe_records"] = model.Records(Enumerable.Range(0, model.Rows.Length)) });

        Assert.Equal(200, status);
        var explanations = body!["explanations"]!.AsArray();
        Assert.Equal(model.Rows.Length, explanations.Count);
        string[] outputs = model.Classes is null ? ["value"] : model.Outputs == 1 ? [model.Classes[1]] : [.. model.Classes];
        var width = model.Features.Count + 1;
        for (var row = 0; row < model.Rows.Length; row++)
        {
            Assert.Equal(outputs, explanations[row]!.AsObject().Select(o => o.Key));
            for (var output = 0; output < outputs.Length; output++)
            {
                var explained = explanations[row]![outputs[output]]!;
                var expected = model.Contributions.AsSpan(((row * outputs.Length) + output) * width, width);
                for (var f = 0; f < model.Features.Count; f++)
                {
                    Assert.Equal(expected[f], explained["contributions"]![model.Features[f]]!.GetValue<double>(), Tolerance);
                }

                Assert.Equal(expected[model.Features.Count], explained["bias"]!.GetValue<double>(), Tolerance);
                var margin = model.Margins[(row * outputs.Length) + output];
                Assert.Equal(margin, explained["margin"]!.GetValue<double>(), Tolerance);
                var sum = explained["contributions"]!.AsObject().Sum(c => c.Value!.GetValue<double>()) + explained["bias"]!.GetValue<double>();
                Assert.Equal(margin, sum, Tolerance);
            }
        }
    }

    [Fact]
    public async Task AModelWithoutXGBoostTreesCannotBeExplained()
    {
        var directory = ServedModels.CopyOf(ServedModels.Binary);
        // What an ML.NET model's bundle says: another trainer, and no model.json.
        var training = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "training.json")))!;
        training["trainer"] = "lightgbm";
        File.WriteAllText(Path.Combine(directory, "training.json"), training.ToJsonString());
        File.Delete(Path.Combine(directory, "model.json"));
        var model = ServedModels.Binary;
        await using var service = await TestService.StartAsync(directory);

        var (status, body) = await service.PostAsync("/explain", new JsonObject { ["dataframe_records"] = model.Records([0]) });

        Assert.Equal(501, status);
        Assert.Contains("trained by lightgbm", body!["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
