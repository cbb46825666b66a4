namespace MlPipeline.Testing.GitHub;

/// <summary>A release as the fake holds it, with the contents of its assets.</summary>
public sealed record FakeRelease(long Id, string Tag, string Name, string Body, string? TargetCommitish, IReadOnlyList<FakeAsset> Assets);
