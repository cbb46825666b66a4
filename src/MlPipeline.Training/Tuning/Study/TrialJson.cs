using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>One trial as one line of JSON: <c>{"number":3,"values":{"eta":0.1},"state":"Completed","value":0.41,…}</c>.</summary>
internal static class TrialJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // A trial diverging to NaN is still a trial worth keeping, so non-finite numbers are written as "NaN", "Infinity".
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(), new TrialValueJsonConverter() },
    };

    public static string Serialize(Trial trial) => JsonSerializer.Serialize(trial, Options);

    /// <exception cref="JsonException">Not a trial.</exception>
    public static Trial Deserialize(string line) =>
        JsonSerializer.Deserialize<Trial>(line, Options) ?? throw new JsonException("A trial line is null.");
}
