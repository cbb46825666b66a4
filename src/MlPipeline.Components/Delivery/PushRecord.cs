namespace MlPipeline.Components.Delivery;

/// <summary>The contents of <c>artifacts/image/push.json</c>: where the image now is.</summary>
/// <param name="Image">The pushed image pinned to its digest: <c>registry/repository:tag@sha256:…</c>.</param>
/// <param name="Skipped">True when the registry already had the digest under every tag, so nothing was sent.</param>
/// <param name="BlobsUploaded">Layers and configs sent; null when the Docker daemon pushed.</param>
internal sealed record PushRecord(string Image, string Registry, string Repository, string Digest, IReadOnlyList<string> Tags, bool Skipped, int? BlobsUploaded);
