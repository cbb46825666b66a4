using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
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
        app.MapGet("/v2/health/live", () => Results.Ok());
        // The model is loaded before the server listens: a process that answers is ready.
        app.MapGet("/v2/health/ready", () => Results.Ok());
        app.MapGet("/v2", (HttpContext context) => JsonResponse.WriteAsync(context, new JsonObject
        {
            ["name"] = "mlpipeline-serving",
            ["version"] = typeof(InferenceEndpoints).Assembly.GetName().Version?.ToString(),
            ["extensions"] = new JsonArray(),
        }));
        // The protocol's model routes with and without a version; this service has one version, the one it serves.
        foreach (var route in (string[])["/v2/models/{name}", "/v2/models/{name}/versions/{version}"])
        {
            app.MapGet(route, context => IfServed(context, model, () => JsonResponse.WriteAsync(context, Metadata(model))));
            app.MapGet(route + "/ready", context => IfServed(context, model, () => Task.CompletedTask));
            app.MapPost(route + "/infer", context => IfServed(context, model, () => InferAsync(context, model, options)));
        }
    }

    private static async Task InferAsync(HttpContext context, ModelService model, ServingOptions options)
    {
        var bundle = model.Bundle;
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
    }

    /// <summary>Answers with <paramref name="answer"/> when the route names the served model (and, if it names one, the served version); otherwise 404.</summary>
    private static Task IfServed(HttpContext context, ModelService model, Func<Task> answer)
    {
        var bundle = model.Bundle;
        var name = (string)context.GetRouteValue("name")!;
        if (name != bundle.Name)
        {
            return JsonResponse.ErrorAsync(context, StatusCodes.Status404NotFound, $"There is no model \"{name}\"; this service serves \"{bundle.Name}\".");
        }

        return context.GetRouteValue("version") is string version && version != bundle.Version
            ? JsonResponse.ErrorAsync(context, StatusCodes.Status404NotFound, $"There is no version \"{version}\" of the model \"{name}\" here; this service serves version \"{bundle.Version}\".")
            : answer();
    }

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
