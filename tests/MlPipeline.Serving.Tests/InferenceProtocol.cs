using System.Text.Json.Nodes;
using MlPipeline.Serving.Tests.Support;

namespace MlPipeline.Serving.Tests;

public sealed class InferenceProtocol
{
    [Fact]
    public async Task HealthAndServerMetadataAnswer()
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory);

        Assert.Equal(200, (await service.GetAsync("/v2/health/live")).Status);
        Assert.Equal(200, (await service.GetAsync("/v2/health/ready")).Status);
        Assert.Equal(200, (await service.GetAsync("/v2/models/penguins/ready")).Status);
        var (status, server) = await service.GetAsync("/v2");
        Assert.Equal(200, status);
        Assert.Equal("mlpipeline-serving", server!["name"]!.GetValue<string>());
        Assert.Empty(server["extensions"]!.AsArray());
    }

    [Fact]
    public async Task ModelMetadataListsOneInputPerFeatureAndTheOutputs()
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory);

        var (status, metadata) = await service.GetAsync("/v2/models/penguins");

        Assert.Equal(200, status);
        Assert.Equal("penguins", metadata!["name"]!.GetValue<string>());
        Assert.Equal(["0"], metadata["versions"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(ServedModels.Multiclass.Features, metadata["inputs"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Equal(["BYTES", "FP32", "FP32", "FP32", "FP32", "BYTES"], metadata["inputs"]!.AsArray().Select(i => i!["datatype"]!.GetValue<string>()));
        Assert.Equal("""[{"name":"probabilities","datatype":"FP32","shape":[-1,3]},{"name":"label","datatype":"BYTES","shape":[-1]}]""", metadata["outputs"]!.ToJsonString());
    }

    [Fact]
    public async Task InferTakesOneTensorPerFeatureAndGivesProbabilitiesAndLabels()
    {
        var model = ServedModels.Multiclass;
        await using var service = await TestService.StartAsync(model.Directory);
        var records = model.Records(Enumerable.Range(0, 5));
        var inputs = new JsonArray();
        foreach (var feature in model.Features)
        {
            var text = feature is "Island" or "Sex";
            inputs.Add(new JsonObject
            {
                ["name"] = feature,
                ["shape"] = new JsonArray(5, 1),
                ["datatype"] = text ? "BYTES" : "FP32",
                // Nested as the shape, which the protocol allows as well as flat.
                ["data"] = new JsonArray([.. records.Select(r => (JsonNode?)new JsonArray(r![feature]?.DeepClone()))]),
            });
        }

        var (status, body) = await service.PostAsync("/v2/models/penguins/infer", new JsonObject { ["id"] = "r1", ["inputs"] = inputs });
        var (_, predicted) = await service.PostAsync("/predict", new JsonObject { ["dataframe_records"] = records.DeepClone() });

        Assert.Equal(200, status);
        Assert.Equal("penguins", body!["model_name"]!.GetValue<string>());
        Assert.Equal("0", body["model_version"]!.GetValue<string>());
        Assert.Equal("r1", body["id"]!.GetValue<string>());
        var outputs = body["outputs"]!.AsArray();
        Assert.Equal("""{"name":"probabilities","datatype":"FP32","shape":[5,3]}""", Without(outputs[0]!, "data"));
        Assert.Equal("""{"name":"label","datatype":"BYTES","shape":[5]}""", Without(outputs[1]!, "data"));
        var probabilities = outputs[0]!["data"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        var labels = outputs[1]!["data"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        for (var row = 0; row < 5; row++)
        {
            Assert.Equal(predicted!["predictions"]![row]!["label"]!.GetValue<string>(), labels[row]);
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(model.Expected[(row * 3) + c], probabilities[(row * 3) + c], 1e-5);
            }
        }
    }

    [Fact]
    public async Task InferGivesOnlyTheOutputsAskedFor()
    {
        var model = ServedModels.Regression;
        await using var service = await TestService.StartAsync(model.Directory);
        var records = model.Records([0, 1]);
        var inputs = new JsonArray([.. model.Features.Select(f => (JsonNode?)new JsonObject
        {
            ["name"] = f,
            ["shape"] = new JsonArray(2),
            ["datatype"] = f == "Origin" ? "BYTES" : "FP64",
            ["data"] = new JsonArray(records[0]![f]?.DeepClone(), records[1]![f]?.DeepClone()),
        })]);

        var (status, body) = await service.PostAsync("/v2/models/cars/infer", new JsonObject { ["inputs"] = inputs, ["outputs"] = new JsonArray(new JsonObject { ["name"] = "value" }) });

        Assert.Equal(200, status);
        Assert.Equal("7", body!["model_version"]!.GetValue<string>());
        var output = Assert.Single(body["outputs"]!.AsArray());
        Assert.Equal("""{"name":"value","datatype":"FP32","shape":[2]}""", Without(output!, "data"));
        Assert.Equal(model.Expected[0], output!["data"]![0]!.GetValue<double>(), 1e-5);
        Assert.Equal(model.Expected[1], output["data"]![1]!.GetValue<double>(), 1e-5);
    }

    [Fact]
    public async Task AnotherModelsNameIsNotFound()
    {
        await using var service = await TestService.StartAsync(ServedModels.Multiclass.Directory);

        var (status, body) = await service.GetAsync("/v2/models/cars");

        Assert.Equal(404, status);
        Assert.Equal("There is no model \"cars\"; this service serves \"penguins\".", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheServedVersionAnswersOnItsVersionRoutes()
    {
        var model = ServedModels.Regression;
        await using var service = await TestService.StartAsync(model.Directory);
        var records = model.Records([3]);
        var inputs = new JsonArray([.. model.Features.Select(f => (JsonNode?)new JsonObject
        {
            ["name"] = f,
            ["shape"] = new JsonArray(1),
            ["datatype"] = f == "Origin" ? "BYTES" : "FP64",
            ["data"] = new JsonArray(records[0]![f]?.DeepClone()),
        })]);

        var (metadataStatus, metadata) = await service.GetAsync("/v2/models/cars/versions/7");
        var (readyStatus, _) = await service.GetAsync("/v2/models/cars/versions/7/ready");
        var (inferStatus, body) = await service.PostAsync("/v2/models/cars/versions/7/infer", new JsonObject { ["inputs"] = inputs });

        Assert.Equal(200, metadataStatus);
        Assert.Equal(["7"], metadata!["versions"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(200, readyStatus);
        Assert.Equal(200, inferStatus);
        Assert.Equal("7", body!["model_version"]!.GetValue<string>());
        Assert.Equal(model.Expected[3], body["outputs"]![0]!["data"]![0]!.GetValue<double>(), 1e-5);
    }

    [Theory]
    [InlineData("GET", "/v2/models/cars/versions/6")]
    [InlineData("GET", "/v2/models/cars/versions/6/ready")]
    [InlineData("POST", "/v2/models/cars/versions/8/infer")]
    public async Task AnotherVersionIsNotFound(string method, string path)
    {
        await using var service = await TestService.StartAsync(ServedModels.Regression.Directory);
        var version = path.Split('/')[5];

        var (status, body) = method == "GET" ? await service.GetAsync(path) : await service.PostTextAsync(path, "{}");

        Assert.Equal(404, status);
        Assert.Equal($"There is no version \"{version}\" of the model \"cars\" here; this service serves version \"7\".", body!["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherModelsVersionRouteIsNotFound()
    {
        await using var service = await TestService.StartAsync(ServedModels.Regression.Directory);

        var (status, body) = await service.GetAsync("/v2/models/penguins/versions/7/ready");

        Assert.Equal(404, status);
        Assert.Equal("There is no model \"penguins\"; this service serves \"cars\".", body!["error"]!.GetValue<string>());
    }

    private static string Without(JsonNode node, string property)
    {
        var copy = node.DeepClone().AsObject();
        copy.Remove(property);
        return copy.ToJsonString();
    }
}
