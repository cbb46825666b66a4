using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary>
/// <c>POST /predict</c> (MLflow's request shapes; a classifier answers label and probabilities per row, a regression the
/// value) and <c>POST /explain</c> (per-row SHAP contributions of an XGBoost model, as XGBoost's pred_contribs).
/// </summary>
internal static class ScoringEndpoints
{
    public static void Map(WebApplication app, ModelService model, ServingOptions options)
    {
        app.MapPost("/predict", async context =>
        {
            using var body = await RequestBody.ReadAsync(context, options.MaxBodyBytes);
            var rows = DataFrameRequest.Read(body.RootElement, options.MaxRows);
            var outputs = model.Scorer.Score(model.Encoder.Encode(rows));
            await JsonResponse.WriteAsync(context, writer => Predictions(writer, outputs, model.Bundle.Training.Classes));
        });

        app.MapPost("/explain", async context =>
        {
            if (model.Explainer is not { } explainer)
            {
                await JsonResponse.ErrorAsync(context, StatusCodes.Status501NotImplemented,
                    $"/explain needs an XGBoost model; this one was trained by {model.Bundle.Training.Provenance.Trainer}, whose trees the service cannot read. Train with --trainer xgboost to get explanations.");
                return;
            }

            using var body = await RequestBody.ReadAsync(context, options.MaxBodyBytes);
            var rows = DataFrameRequest.Read(body.RootElement, options.MaxRows);
            var contributions = explainer.Explain(model.Encoder.Encode(rows), rows.Count);
            await JsonResponse.WriteAsync(context, new JsonObject { ["explanations"] = Explanations(contributions, rows.Count, model) });
        });
    }

    /// <summary><c>{"predictions": [{"label", "probabilities": {class: p}}, …]}</c> for a classifier, <c>{"predictions": [value, …]}</c> for a regression.</summary>
    private static void Predictions(Utf8JsonWriter writer, ModelOutputs outputs, IReadOnlyList<string>? classes)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("predictions");
        for (var row = 0; row < outputs.Rows; row++)
        {
            var values = outputs.Row(row);
            if (classes is null)
            {
                writer.WriteNumberValue(values[0]);
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("label", classes[outputs.ArgMax(row)]);
            writer.WriteStartObject("probabilities");
            for (var i = 0; i < classes.Count; i++)
            {
                writer.WriteNumber(classes[i], values[i]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Per row, per model output (the class for multiclass, the positive class for binary, "value" for regression): bias, margin and each feature's contribution.</summary>
    private static JsonArray Explanations(float[] contributions, int rows, ModelService model)
    {
        var features = model.Bundle.Training.Features;
        var classes = model.Bundle.Training.Classes;
        var outputCount = model.Explainer!.OutputCount;
        string[] outputs = classes is null ? ["value"] : outputCount == 1 ? [classes[1]] : [.. classes];
        var width = features.Count + 1;
        var explanations = new JsonArray();
        for (var row = 0; row < rows; row++)
        {
            var explanation = new JsonObject();
            for (var output = 0; output < outputCount; output++)
            {
                var values = contributions.AsSpan(((row * outputCount) + output) * width, width);
                var byFeature = new JsonObject();
                var margin = 0.0;
                for (var i = 0; i < width; i++)
                {
                    margin += values[i];
                    if (i < features.Count)
                    {
                        byFeature[features[i]] = values[i];
                    }
                }

                explanation[outputs[output]] = new JsonObject { ["bias"] = values[features.Count], ["margin"] = margin, ["contributions"] = byFeature };
            }

            explanations.Add(explanation);
        }

        return explanations;
    }
}
