using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MlPipeline.Testing.GitHub;

/// <summary>One request as a route handler sees it: the matched path, the query, the body, and where links must point.</summary>
internal sealed record FakeCall(Match Path, IReadOnlyDictionary<string, string> Query, JsonNode? Json, byte[] Content, Uri PublicUrl)
{
    public string this[string group] => Uri.UnescapeDataString(Path.Groups[group].Value);

    public string? QueryValue(string name) => Query.TryGetValue(name, out var value) ? value : null;
}
