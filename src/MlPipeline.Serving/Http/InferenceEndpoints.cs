using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MlPipeline.Data.Schemas;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>The Open Inference Protocol v2 (KServe, Triton, MLServer): health, server and model metadata, and inference over HTTP/REST.</summary>
internal static class InferenceEndpoints
{
    private const string Probabilities = "probabilities";
    private const string Label = "label";
    private const string Value = "value";

    public static void Map(WebApplication app, ModelService model, ServingOptions options)
    {
        var bundle = model.Bundle;
        app.MapGet("/v2/health/live", () => Results.Ok());
        // The model is loaded before the server listens: a process that answers is ready.
        app.MapGet("/v2/health/ready", () => Results.Ok());
        app.MapGet("/v2", (HttpContext context) => JsonResponse.WriteAsync(context, new JsonObject
        {
            ["name"] = "mlpipeline-serving",
            ["version"] = typeof(InferenceEndpoints).Assembly.GetName().Version?.ToString(),
            ["extensions"] = new JsonArray(),
        }));
        app.MapGet("/v2/models/{name}", (HttpContext context, string name) => Known(name, model)
            ? JsonResponse.WriteAsync(context, Metadata(model))
            : UnknownModel(context, name, model));
        app.MapGet("/v2/models/{name}/ready", (HttpContext context, string name) => Known(name, model)
            ? Task.CompletedTask
            : UnknownModel(context, name, model));
        app.MapPost("/v2/models/{name}/infer", async (HttpContext context, string name) =>
        {
            if (!Known(name, model))
            {
                await UnknownModel(context, name, model);
                return;
            }

            using var body = await RequestBody.ReadAsync(context, options.MaxBodyBytes);
            var request = InferRequest.Read(body.RootElement, options.MaxRows);
            var available = OutputNames(model);
            var wanted = request.RequestedOutputs ?? available;
            if (wanted.FirstOrDefault(o => !available.Contains(o)) is { } unknown)
            {
                throw new InputException($"outputs: the model has no output \"{unknown}\"; its outputs are {string.Join(", ", available.Select(o => $"\"{o}\""))}.");
            }

            var scored = model.Scorer.Score(model.Encoder.Encode(request.Rows));
            var response = new JsonObject
            {
                ["model_name"] = bundle.Name,
                ["model_version"] = bundle.Version,
                ["outputs"] = new JsonArray([.. wanted.Select(o => Output(o, scored, bundle.Training.Classes))]),
            };
            if (request.Id is not null)
            {
                response["id"] = request.Id;
            }

            await JsonResponse.WriteAsync(context, response);
        });
    }

    private static bool Known(string name, ModelService model) => name == model.Bundle.Name;

    private static Task UnknownModel(HttpContext context, string name, ModelService model) =>
        JsonResponse.ErrorAsync(context, StatusCodes.Status404NotFound, $"There is no model \"{name}\"; this service serves \"{model.Bundle.Name}\".");

    private static string[] OutputNames(ModelService model) => model.Bundle.Training.Classes is null ? [Value] : [Probabilities, Label];

    private static JsonObject Metadata(ModelService model)
    {
        var bundle = model.Bundle;
        var inputs = new JsonArray();
        for (var i = 0; i < bundle.Parsers.Count; i++)
        {
            var column = bundle.Schema.Find(bundle.Parsers[i].Name)!;
            inputs.Add(Tensor(column.Name, Datatype(column.Type), [-1]));
        }

        var classes = bundle.Training.Classes;
        JsonArray outputs = classes is null
            ? [Tensor(Value, "FP32", [-1])]
            : [Tensor(Probabilities, "FP32", [-1, classes.Count]), Tensor(Label, "BYTES", [-1])];
        return new JsonObject
        {
            ["name"] = bundle.Name,
            ["versions"] = new JsonArray(bundle.Version),
            ["platform"] = "onnxruntime_onnx",
            ["inputs"] = inputs,
            ["outputs"] = outputs,
        };
    }

    private static string Datatype(ColumnType type) => type switch
    {
        ColumnType.Categorical or ColumnType.DateTime => "BYTES",
        ColumnType.Boolean => "BOOL",
        ColumnType.Integer => "INT64",
        _ => "FP32",
    };

    private static JsonObject Tensor(string name, string datatype, int[] shape) => new()
    {
        ["name"] = name,
        ["datatype"] = datatype,
        ["shape"] = new JsonArray([.. shape.Select(d => (JsonNode?)d)]),
    };

    private static JsonObject Output(string name, ModelOutputs scored, IReadOnlyList<string>? classes)
    {
        var output = name switch
        {
            Label => Tensor(name, "BYTES", [scored.Rows]),
            Probabilities => Tensor(name, "FP32", [scored.Rows, scored.Width]),
            _ => Tensor(name, "FP32", [scored.Rows]),
        };
        output["data"] = name == Label
            ? new JsonArray([.. Enumerable.Range(0, scored.Rows).Select(row => (JsonNode?)classes![scored.ArgMax(row)])])
            : new JsonArray([.. scored.Values.Select(v => (JsonNode?)v)]);
        return output;
    }
}
