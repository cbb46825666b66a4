using System.Globalization;
using System.Text.Json;
using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Parameters;

/// <summary>Converts command-line text or JSON values into a parameter's type, with errors a user can act on.</summary>
internal static class ParameterValueConverter
{
    /// <param name="texts">The words after the option; empty for a bare flag.</param>
    /// <param name="baseDirectory">Relative paths are resolved against it.</param>
    public static object FromText(ParameterDescriptor parameter, IReadOnlyList<string> texts, ParameterSource source, AbsolutePath baseDirectory)
    {
        var element = ParameterTypes.ElementType(parameter.ValueType);
        if (parameter.ValueType.IsArray)
        {
            var array = Array.CreateInstance(element, texts.Count);
            for (var i = 0; i < texts.Count; i++)
            {
                array.SetValue(Scalar(parameter, element, texts[i], source, baseDirectory), i);
            }

            return array;
        }

        return texts switch
        {
            [] when element == typeof(bool) => true,
            [var text] => Scalar(parameter, element, text, source, baseDirectory),
            [] => throw Error(parameter, "(nothing)", source, $"a value after {parameter.Option}"),
            _ => throw Error(parameter, string.Join(' ', texts), source, $"exactly one {parameter.TypeName} value (quote a value that contains spaces)"),
        };
    }

    public static object FromJson(ParameterDescriptor parameter, JsonElement json, ParameterSource source, AbsolutePath baseDirectory)
    {
        if (parameter.ValueType.IsArray && json.ValueKind == JsonValueKind.Array)
        {
            return FromText(parameter, json.EnumerateArray().Select(JsonText).ToList(), source, baseDirectory);
        }

        if (json.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.Null)
        {
            throw Error(parameter, json.GetRawText(), source, ParameterTypes.Describe(parameter.ValueType));
        }

        return FromText(parameter, [JsonText(json)], source, baseDirectory);
    }

    private static string JsonText(JsonElement json) => json.ValueKind == JsonValueKind.String ? json.GetString()! : json.GetRawText();

    private static object Scalar(ParameterDescriptor parameter, Type type, string text, ParameterSource source, AbsolutePath baseDirectory)
    {
        var invariant = CultureInfo.InvariantCulture;
        object? value = type switch
        {
            _ when type == typeof(string) => text,
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out var i) ? i : null,
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out var l) ? l : null,
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d) ? d : null,
            _ when type == typeof(bool) => ParseBool(text),
            _ when type == typeof(TimeSpan) => DurationParser.TryParse(text),
            _ when type == typeof(AbsolutePath) => string.IsNullOrWhiteSpace(text) ? null : AbsolutePath.Resolve(text, baseDirectory),
            _ when type.IsEnum => Enum.GetNames(type).FirstOrDefault(n => NameMatcher.Matches(n, text)) is { } name ? Enum.Parse(type, name) : null,
            _ => null,
        };
        return value ?? throw Error(parameter, text, source, Expected(type));
    }

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) => "a whole number (int)",
        _ when type == typeof(long) => "a whole number (long)",
        _ when type == typeof(double) => "a finite number such as 0.1 (double)",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration such as 90s, 10m, 2h or 01:30:00",
        _ when type == typeof(AbsolutePath) => "a file or folder path",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => type.Name,
    };

    private static object? ParseBool(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => null,
    };

    private static BuildConfigurationException Error(ParameterDescriptor parameter, string value, ParameterSource source, string expected)
        => new($"Parameter '{parameter.Name}' ({parameter.Option}) got '{value}' from the {source}, but expects {expected}.");
}
