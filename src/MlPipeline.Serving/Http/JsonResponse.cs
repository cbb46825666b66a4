using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MlPipeline.Serving.Http;

/// <summary>Writes a JSON body; every endpoint answers this way, errors as <c>{"error": "…"}</c>.</summary>
internal static class JsonResponse
{
    public static Task WriteAsync(HttpContext context, JsonNode body, int status = StatusCodes.Status200OK) =>
        WriteAsync(context, writer => body.WriteTo(writer), status);

    /// <summary>Writes UTF-8 straight into the response, without a string or a tree of nodes in between (what /predict's answers cost most).</summary>
    public static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, new JsonObject { ["error"] = message }, status);
}
