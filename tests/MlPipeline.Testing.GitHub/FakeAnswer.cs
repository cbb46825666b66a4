using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

/// <summary>What the fake GitHub answers one request with.</summary>
internal sealed record FakeAnswer(int Status, JsonNode? Body, string? Link = null)
{
    public static FakeAnswer Error(int status, string message) =>
        new(status, new JsonObject { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" });
}
