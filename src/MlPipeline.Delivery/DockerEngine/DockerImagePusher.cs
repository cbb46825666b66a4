using Docker.DotNet;
using Docker.DotNet.Models;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.DockerEngine;

/// <summary>Pushes an image the Docker daemon holds (e.g. from <see cref="DockerImageBuilder"/>), with X-Registry-Auth credentials.</summary>
public static class DockerImagePusher
{
    /// <param name="client">The daemon holding the image.</param>
    /// <param name="registry">The registry, to see whether it already has the image.</param>
    /// <param name="image">The image's name and tag, as built.</param>
    /// <param name="credentials">For the registry; null for an anonymous one.</param>
    /// <param name="progress">The daemon's progress, one line per message.</param>
    /// <param name="cancellation">Stops the push.</param>
    /// <exception cref="DeliveryException">The daemon or registry failed; an authentication failure says to set credentials.</exception>
    public static async Task<PushResult> PushAsync(
        DockerClient client, RegistryClient registry, ImageReference image, RegistryCredentials? credentials, IProgress<string> progress, CancellationToken cancellation)
    {
        var tag = image.Tag ?? "latest";
        var name = $"{image.Registry}/{image.Repository}";
        var pushed = await registry.FindManifestAsync(image.Repository, tag, cancellation);
        if (pushed is { } existing && (await LocalDigestsAsync(client, image, cancellation)).Contains(existing))
        {
            progress.Report($"{name}:{tag} is already {existing}; nothing to push");
            return new PushResult(image.WithDigest(existing), [tag], Skipped: true, BlobsUploaded: 0);
        }

        var messages = new DockerDaemon.Messages(progress);
        await DockerDaemon.CallAsync(client, async () =>
        {
            await client.Images.PushImageAsync(name, new ImagePushParameters { Tag = tag }, DockerDaemon.Auth(credentials, image.Registry) ?? new AuthConfig(), messages, cancellation);
            return true;
        });
        if (messages.Error is { } error)
        {
            var unauthorized = error.Contains("unauthorized", StringComparison.OrdinalIgnoreCase) || error.Contains("authentication required", StringComparison.OrdinalIgnoreCase);
            throw new DeliveryException(
                unauthorized ? DeliveryError.Unauthorized : DeliveryError.RegistryFailed,
                $"The Docker daemon could not push {name}:{tag}: {error}{(unauthorized ? " Set the registry user name and password (or token) of an account that may push to it." : "")}");
        }

        var digest = await registry.FindManifestAsync(image.Repository, tag, cancellation)
            ?? throw new DeliveryException(DeliveryError.RegistryFailed, $"The Docker daemon pushed {name}:{tag} but the registry does not have it.");
        return new PushResult(image.WithDigest(digest), [tag], Skipped: false, BlobsUploaded: null);
    }

    // The registry digests the daemon knows the image by: set when it pushed or pulled it.
    private static async Task<IReadOnlyList<ImageDigest>> LocalDigestsAsync(DockerClient client, ImageReference image, CancellationToken cancellation)
    {
        var inspected = await DockerDaemon.CallAsync(client, () => client.Images.InspectImageAsync(image.WithTag(image.Tag ?? "latest").ToString(), cancellation));
        var prefix = $"{image.Registry}/{image.Repository}@";
        return [.. (inspected.RepoDigests ?? []).Where(digest => digest.StartsWith(prefix, StringComparison.Ordinal))
            .Select(digest => ImageDigest.TryParse(digest[prefix.Length..], out var parsed) ? parsed : (ImageDigest?)null)
            .OfType<ImageDigest>()];
    }
}
