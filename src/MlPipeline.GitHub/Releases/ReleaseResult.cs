namespace MlPipeline.GitHub.Releases;

/// <param name="Created">True when the release was created; false when the tag's release existed and was edited.</param>
/// <param name="Replaced">The names of assets that existed and were replaced by the new file.</param>
public sealed record ReleaseResult(long Id, Uri Url, bool Created, IReadOnlyList<string> Replaced);
