using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Registry.Sql;

/// <summary>Parameters, metrics and the like are stored as JSON objects with sorted keys, so equal maps store equal text.</summary>
internal static class JsonColumns
{
    // Metrics may legitimately be NaN or infinite (a diverged trial); JSON has no literal for them otherwise.
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Write<T>(IReadOnlyDictionary<string, T> values) =>
        JsonSerializer.Serialize(new SortedDictionary<string, T>(values.ToDictionary(), StringComparer.Ordinal), Options);

    public static IReadOnlyDictionary<string, T> Read<T>(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, T>>(json, Options) ?? [];
}
