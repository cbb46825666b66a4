using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Data.IO;

/// <summary>The JSON conventions of every file the pipeline writes: snake_case names, enums as lowercase words, indented for diffs.</summary>
public static class DataJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // An infinite value in the data makes a mean non-finite; the file must still be written to say so.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // A hand-edited or truncated file fails when read, not later as a NullReferenceException.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        // Lowercase rather than snake_case, so column types read as users write them in schema files ("datetime").
        Converters = { new JsonStringEnumConverter(new LowercasePolicy(), allowIntegerValues: false) },
    };

    private sealed class LowercasePolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
