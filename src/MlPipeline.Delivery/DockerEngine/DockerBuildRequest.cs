using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.DockerEngine;

/// <summary>What <see cref="DockerImageBuilder"/> builds.</summary>
/// <param name="ContextDirectory">The build context, sent to the daemon whole.</param>
/// <param name="Image">The image's name and tag.</param>
/// <param name="Labels">OCI labels added to the image.</param>
public sealed record DockerBuildRequest(string ContextDirectory, ImageReference Image, IReadOnlyDictionary<string, string> Labels)
{
    /// <summary>The Dockerfile, relative to the context. Default: <c>Dockerfile</c>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Credentials for the registry the Dockerfile's base image comes from; null for anonymous pulls (default).</summary>
    public RegistryCredentials? BaseImageCredentials { get; init; }

    /// <summary>The registry <see cref="BaseImageCredentials"/> are for. Default: the image's own registry.</summary>
    public string? BaseImageRegistry { get; init; }
}
