using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

/// <summary>
/// The response examples of GitHub's API description, which the fake copies and fills in: what it answers then has every
/// field GitHub's real answers have, so Prism's response check passes on shape and fails only on what the fake got wrong.
/// </summary>
internal static class SpecExamples
{
    private static readonly Lazy<JsonObject> Examples = new(() =>
    {
        using var stream = File.OpenRead(PrismProxy.Specification);
        return JsonNode.Parse(stream)!["components"]!["examples"]!.AsObject();
    });

    /// <summary>A fresh copy of the example's value (the first element when the example is a list).</summary>
    public static JsonObject Object(string name)
    {
        var value = Examples.Value[name]?["value"] ?? throw new InvalidOperationException($"GitHub's API description has no example '{name}'.");
        return (value is JsonArray array ? array[0]! : value).DeepClone().AsObject();
    }
}
