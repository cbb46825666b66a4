namespace MlPipeline.GitHub.Releases;

/// <summary>A release for a tag, with its assets.</summary>
/// <param name="TargetCommitish">The commit or branch the tag is created at when it does not exist yet; null for the default branch.</param>
public sealed record ReleaseRequest(string Tag, string Name, string Body, string? TargetCommitish, IReadOnlyList<ReleaseAsset> Assets);
