using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class Predictions
{
    private const double Tolerance = 1e-5;

    [Theory]
    [MemberData(nameof(ServedModels.Names), MemberType = typeof(ServedModels))]
    public async Task PredictGivesXGBoostsPredictionsForEveryRow(string name)
    {
        var model = ServedModels.Named(name);
        await using var service = await TestService.StartAsync(model.Directory);

        var (status, body) = await service.PostAsync("/predict", new JsonObject { ["dataframe_records"] = model.Records(Enumerable.Range(0, model.Rows.Length)) });

        Assert.Equal(200, status);
        var predictions = body!["predictions"]!.AsArray();
        Assert.Equal(model.Rows.Length, predictions.Count);
        for (var row = 0; row < model.Rows.Length; row++)
        {
            if (model.Classes is not { } classes)
            {
                Assert.Equal(model.Expected[row], predictions[row]!.GetValue<double>(), Tolerance);
                continue;
            }

            var probabilities = predictions[row]!["probabilities"]!.AsObject();
            Assert.Equal(classes, probabilities.Select(p => p.Key));
            var expected = model.Expected.AsSpan(row * classes.Count, classes.Count).ToArray();
            for (var c = 0; c < classes.Count; c++)
            {
                Assert.Equal(expected[c], probabilities[classes[c]]!.GetValue<double>(), Tolerance);
            }

            Assert.Equal(classes[Array.IndexOf(expected, expected.Max())], predictions[row]!["label"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ASplitFrameScoresAsTheSameRecords()
    {
        var model = ServedModels.Multiclass;
        await using var service = await TestService.StartAsync(model.Directory);
        var rows = Enumerable.Range(0, 20).ToArray();
        var records = model.Records(rows);
        // Columns in another order than the schema's: the names decide.
        var columns = model.Features.Reverse().ToArray();
        var split = new JsonObject
        {
            ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode?)c)]),
            ["data"] = new JsonArray([.. records.Select(r => (JsonNode?)new JsonArray([.. columns.Select(c => r![c]?.DeepClone())]))]),
        };

        var (_, fromRecords) = await service.PostAsync("/predict", new JsonObject { ["dataframe_records"] = records.DeepClone() });
        var (status, fromSplit) = await service.PostAsync("/predict", new JsonObject { ["dataframe_split"] = split });

        Assert.Equal(200, status);
        Assert.Equal(fromRecords!.ToJsonString(), fromSplit!.ToJsonString());
    }

    [Fact]
    public async Task ACategoryAndMissingValuesAreEncodedAsInTraining()
    {
        var model = ServedModels.Multiclass;
        await using var service = await TestService.StartAsync(model.Directory);
        // Penguin rows with a missing Sex (null): XGBoost saw NaN there, and so must the ONNX model.
        var sex = model.Table["Sex"];
        var missing = Enumerable.Range(0, model.Rows.Length).Where(i => sex.IsMissing(model.Rows[i])).ToArray();
        Assert.NotEmpty(missing);

        var (status, body) = await service.PostAsync("/predict", new JsonObject { ["dataframe_records"] = model.Records(missing) });

        Assert.Equal(200, status);
        for (var i = 0; i < missing.Length; i++)
        {
            var probabilities = body!["predictions"]![i]!["probabilities"]!;
            for (var c = 0; c < model.Classes!.Count; c++)
            {
                Assert.Equal(model.Expected[(missing[i] * model.Classes.Count) + c], probabilities[model.Classes[c]]!.GetValue<double>(), Tolerance);
            }
        }
    }
}
