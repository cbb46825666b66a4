using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Registry;

/// <summary>What a push did.</summary>
/// <param name="Image">The pushed image, pinned to its manifest digest.</param>
/// <param name="Tags">Every tag that now names the image.</param>
/// <param name="Skipped">True when the registry already had the image under every tag, so nothing was sent.</param>
/// <param name="BlobsUploaded">How many layers and configs were uploaded (the rest the registry had); null when the Docker daemon pushed, which does not say.</param>
public sealed record PushResult(ImageReference Image, IReadOnlyList<string> Tags, bool Skipped, int? BlobsUploaded);
