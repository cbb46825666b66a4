namespace MlPipeline.Components.Delivery;

/// <summary>The contents of <c>artifacts/image/image.json</c>: what BuildImage built.</summary>
/// <param name="Builder">daemonless or docker.</param>
/// <param name="Reference">The image as built, without a registry: <c>repository:first-tag</c>.</param>
/// <param name="Digest">The manifest digest the image has in any registry (daemonless builder); null for the docker builder, whose digest the registry decides.</param>
/// <param name="ImageId">The Docker daemon's image id (docker builder); null for the daemonless builder.</param>
/// <param name="Archive">The image archive, relative to the repository root (daemonless builder).</param>
/// <param name="App">The published service's executable, relative to the repository root.</param>
internal sealed record ImageRecord(
    string Builder,
    string Repository,
    string Reference,
    IReadOnlyList<string> Tags,
    string? Digest,
    string? ImageId,
    string? Archive,
    string App,
    string BaseImage,
    string ModelVersion,
    IReadOnlyDictionary<string, string> Labels);
