using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Data.Validation;

/// <summary>The JSON conventions of validation.json: snake_case names, enums as lowercase words, indented for diffs.</summary>
internal static class ValidationJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        // An infinite value in the data makes mean and std non-finite; the report must still be written to say so.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        // Lowercase rather than snake_case, so column types read as in the schema file ("datetime", not "date_time").
        Converters = { new JsonStringEnumConverter(new LowercasePolicy()) },
    };

    private sealed class LowercasePolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
