using System.Text.Json.Nodes;

namespace MlPipeline.Testing.GitHub;

/// <summary>A request the fake GitHub answered: its method, its path below the repository (<c>issues/7/comments</c>), query and JSON body.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, JsonNode? Body);
