using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MlPipeline.Serving.Http;

/// <summary>Writes a JSON body; every endpoint answers this way, errors as <c>{"error": "…"}</c>.</summary>
internal static class JsonResponse
{
    public static Task WriteAsync(HttpContext context, JsonNode body, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, new JsonObject { ["error"] = message }, status);
}
