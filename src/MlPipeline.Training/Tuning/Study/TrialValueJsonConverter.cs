using System.Text.Json;
using System.Text.Json.Serialization;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>A number as a JSON number and a choice as a JSON string, so a trial line reads like its parameters.</summary>
internal sealed class TrialValueJsonConverter : JsonConverter<TrialValue>
{
    public override TrialValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Number => TrialValue.Of(reader.GetDouble()),
        JsonTokenType.String => TrialValue.Of(reader.GetString()!),
        _ => throw new JsonException($"A trial value must be a number or a string, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, TrialValue value, JsonSerializerOptions options)
    {
        if (value.Choice is { } choice)
        {
            writer.WriteStringValue(choice);
        }
        else
        {
            writer.WriteNumberValue(value.Number);
        }
    }
}
