namespace MlPipeline.GitHub.Releases;

/// <summary>A file to attach to a release under <paramref name="Name"/>.</summary>
public sealed record ReleaseAsset(string Name, string Path);
