using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using MlPipeline.Serving.Metrics;
using Prometheus;
using MlPipeline.Serving.Scoring;

namespace MlPipeline.Serving.Http;

/// <summary><c>GET /metadata</c> (what model this is and where it came from) and <c>GET /metrics</c> (Prometheus, written by prometheus-net).</summary>
internal static class InfoEndpoints
{
    public static void Map(WebApplication app, ModelService model, RequestMetrics metrics)
    {
        var bundle = model.Bundle;
        var training = bundle.Training;
        var metadata = new JsonObject
        {
            ["model_name"] = bundle.Name,
            ["model_version"] = bundle.Version,
            ["registered"] = bundle.Registration is not null,
            ["state"] = bundle.Registration?.State,
            ["trainer"] = training.Provenance.Trainer,
            ["task"] = training.Task,
            ["features"] = new JsonArray([.. training.Features.Select(f => (JsonNode?)f)]),
            ["classes"] = training.Classes is null ? null : new JsonArray([.. training.Classes.Select(c => (JsonNode?)c)]),
            ["data_hash"] = training.Provenance.DataHash,
            ["model_sha256"] = training.Provenance.ModelSha256,
            ["git_commit"] = training.Provenance.Git.Commit,
            ["git_dirty"] = training.Provenance.Git.Dirty,
            ["metrics"] = bundle.Metrics.DeepClone(),
            ["explain"] = model.Explainer is not null,
        };
        var text = metadata.ToJsonString();
        app.MapGet("/metadata", () => Results.Text(text, "application/json"));
        app.MapMetrics("/metrics", metrics.Registry);
    }
}
