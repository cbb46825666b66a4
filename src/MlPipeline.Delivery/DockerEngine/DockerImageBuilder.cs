using System.Formats.Tar;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace MlPipeline.Delivery.DockerEngine;

/// <summary>Builds a user's own Dockerfile through the Docker Engine API (POST /build), the context sent as a tar stream.</summary>
public static class DockerImageBuilder
{
    /// <returns>The built image's id (<c>sha256:…</c>).</returns>
    /// <exception cref="DeliveryException">No context or Dockerfile, the daemon cannot be reached, or the build failed (with the daemon's message).</exception>
    public static async Task<string> BuildAsync(DockerClient client, DockerBuildRequest request, IProgress<string> progress, CancellationToken cancellation)
    {
        if (!File.Exists(Path.Combine(request.ContextDirectory, request.Dockerfile)))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"There is no '{request.Dockerfile}' in the build context '{request.ContextDirectory}'.");
        }

        using var context = new MemoryStream();
        await TarFile.CreateFromDirectoryAsync(request.ContextDirectory, context, includeBaseDirectory: false, cancellation);
        context.Position = 0;
        var tag = request.Image.WithTag(request.Image.Tag ?? "latest").ToString();
        var parameters = new ImageBuildParameters
        {
            Tags = [tag],
            Dockerfile = request.Dockerfile,
            Labels = request.Labels.ToDictionary(),
            Remove = true,
            ForceRemove = true,
        };
        var auth = DockerDaemon.Auth(request.BaseImageCredentials, request.BaseImageRegistry ?? request.Image.Registry);
        var messages = new DockerDaemon.Messages(progress);
        await DockerDaemon.CallAsync(client, async () =>
        {
            await client.Images.BuildImageFromDockerfileAsync(parameters, context, auth is null ? [] : [auth], new Dictionary<string, string>(), messages, cancellation);
            return true;
        });
        if (messages.Error is { } error)
        {
            throw new DeliveryException(DeliveryError.BuildFailed, $"The Docker daemon could not build '{tag}' from {Path.Combine(request.ContextDirectory, request.Dockerfile)}: {error}{Environment.NewLine}{messages.Tail}");
        }

        var image = await DockerDaemon.CallAsync(client, () => client.Images.InspectImageAsync(tag, cancellation));
        return image.ID;
    }
}
