using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Data.Drift;

/// <summary>The JSON conventions of the drift files: snake_case names and enums, indented for diffs.</summary>
internal static class DriftJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // A hand-edited or truncated profile fails when read, not later as a NullReferenceException inside a test.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
