using System.Text.Json;
using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Parameters;

/// <summary>A <c>.nuke/parameters*.json</c> file: parameter names (any casing) to JSON values.</summary>
internal sealed class ParametersFile
{
    private readonly Dictionary<string, (string Key, JsonElement Value)> _values;

    private ParametersFile(AbsolutePath path, Dictionary<string, (string Key, JsonElement Value)> values, ParameterSource source)
    {
        Path = path;
        _values = values;
        Source = source;
    }

    public AbsolutePath Path { get; }

    public ParameterSource Source { get; }

    public IEnumerable<string> Keys => _values.Values.Select(v => v.Key);

    public static string FileName(string? profile) => profile is null ? "parameters.json" : $"parameters.{profile}.json";

    /// <returns>Null when the file does not exist.</returns>
    public static ParametersFile? Load(AbsolutePath path, ParameterSource source)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException exception)
        {
            throw new BuildConfigurationException(
                $"{path}:{exception.LineNumber + 1}: not valid JSON ({exception.Message.Split(" Path:")[0]}). Fix the file; it must be an object of parameter names to values.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BuildConfigurationException($"{path}: must be a JSON object of parameter names to values, e.g. {{ \"NumBoostRound\": 200 }}.");
            }

            var values = document.RootElement.EnumerateObject()
                .Where(p => !p.Name.StartsWith('$'))
                .ToDictionary(p => NameMatcher.Normalize(p.Name), p => (p.Name, p.Value.Clone()), StringComparer.Ordinal);
            return new ParametersFile(path, values, source);
        }
    }

    public bool TryGet(string parameterName, out JsonElement value)
    {
        var found = _values.TryGetValue(NameMatcher.Normalize(parameterName), out var entry);
        value = entry.Value;
        return found;
    }
}
