using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

/// <summary>A check run as the fake holds it; <see cref="Annotations"/> gathers every batch sent.</summary>
public sealed record FakeCheckRun(long Id, string Name, string HeadSha, string? Conclusion, string Title, string Summary, IReadOnlyList<JsonNode> Annotations);
