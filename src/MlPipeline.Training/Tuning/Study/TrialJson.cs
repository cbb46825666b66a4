using System.Text.Json;
using MlPipeline.Data.IO;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>One trial as one line of JSON: <c>{"number":3,"values":{"eta":0.1},"state":"completed","value":0.41,…}</c>.</summary>
internal static class TrialJson
{
    // The pipeline's file conventions (snake_case, lowercase enums, "NaN" for a diverged trial), plus trial values.
    private static readonly JsonSerializerOptions Options = new(DataJson.Options)
    {
        WriteIndented = false,
        Converters = { new TrialValueJsonConverter() },
    };

    /// <summary>The state as the json spells it ("completed"), for a storage that keeps it beside the json.</summary>
    public static string StateName(TrialState state) => JsonSerializer.SerializeToElement(state, Options).GetString()!;

    public static string Serialize(Trial trial) => JsonSerializer.Serialize(trial, Options);

    /// <exception cref="JsonException">Not a trial.</exception>
    public static Trial Deserialize(string line) =>
        JsonSerializer.Deserialize<Trial>(line, Options) ?? throw new JsonException("A trial line is null.");
}
