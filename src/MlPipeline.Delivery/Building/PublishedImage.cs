using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Building;

/// <summary>What <see cref="DaemonlessImageBuilder"/> produced.</summary>
/// <param name="ArchivePath">The image archive, to push with <see cref="Registry.ArchivePusher"/>.</param>
/// <param name="Digest">The manifest digest the image will have in a registry.</param>
/// <param name="Executable">The published app's executable, to run it without a container.</param>
public sealed record PublishedImage(string ArchivePath, ImageDigest Digest, string Executable);
