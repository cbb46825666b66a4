using MlPipeline.Components.Artifacts;
using MlPipeline.Delivery.DockerEngine;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Components.Delivery;

/// <summary>What <see cref="IPushImage.PushImage"/> does.</summary>
internal sealed class ImagePush(IPushImage build)
{
    private const string CredentialsHint = "--registry-username and --registry-password (or REGISTRY_USERNAME and REGISTRY_PASSWORD) to an account that may push to it";

    public async Task RunAsync(CancellationToken cancellation)
    {
        var image = ArtifactJson.Read<ImageRecord>(ArtifactPaths.Image.Record(build), "BuildImage");
        var (registry, repository) = Destination(image);
        var tags = build.TagLatest ? [.. image.Tags, "latest"] : image.Tags;
        var credentials = build.RegistryUsername is { } username && build.RegistryPassword is { } password ? new RegistryCredentials(username, password) : null;
        using var client = new RegistryClient(registry, new RegistryOptions { Credentials = credentials, CredentialsHint = CredentialsHint });
        var result = image.Builder == "docker"
            ? await PushFromDaemonAsync(client, image, repository, tags, credentials, cancellation)
            : await PushArchiveAsync(client, repository, tags, cancellation);

        ArtifactJson.Write(ArtifactPaths.Image.Push(build), new PushRecord(
            result.Image.ToString(), registry, repository, result.Image.Digest!.Value.Value, result.Tags, result.Skipped, result.BlobsUploaded));
        build.Log.Information(result.Skipped
            ? $"Skipped: {registry}/{repository} already has {result.Image.Digest} as {string.Join(", ", result.Tags)}; nothing was sent."
            : $"Pushed {result.Image} as {string.Join(", ", result.Tags)}{(result.BlobsUploaded is { } blobs ? $" ({blobs} blobs uploaded, the rest the registry had)" : "")}.");
    }

    // --image-registry may carry a namespace (ghcr.io/acme): the host is the registry, the rest prefixes the repository.
    private (string Registry, string Repository) Destination(ImageRecord image)
    {
        var parts = build.ImageRegistry!.TrimEnd('/').Split('/', 2);
        var repository = parts.Length == 2 ? $"{parts[1]}/{image.Repository}" : image.Repository;
        return (parts[0], ImageReference.Create(parts[0], repository).Repository);
    }

    private async Task<PushResult> PushArchiveAsync(RegistryClient client, string repository, IReadOnlyList<string> tags, CancellationToken cancellation)
    {
        using var archive = await ImageArchive.OpenAsync(ArtifactPaths.Image.Archive(build), cancellation);
        return await ArchivePusher.PushAsync(client, archive, repository, tags, new LogLines(build.Log), cancellation);
    }

    private async Task<PushResult> PushFromDaemonAsync(
        RegistryClient client, ImageRecord image, string repository, IReadOnlyList<string> tags, RegistryCredentials? credentials, CancellationToken cancellation)
    {
        using var docker = DockerEndpoint.Connect(build);
        var local = ImageBuild.LocalImage(image.Repository, image.Tags[0]).ToString();
        PushResult? last = null;
        var skipped = true;
        foreach (var tag in tags)
        {
            var target = ImageReference.Create(client.Registry, repository, tag);
            await docker.Images.TagImageAsync(local, new Docker.DotNet.Models.ImageTagParameters { RepositoryName = $"{client.Registry}/{repository}", Tag = tag, Force = true }, cancellation);
            last = await DockerImagePusher.PushAsync(docker, client, target, credentials, new LogLines(build.Log), cancellation);
            skipped &= last.Skipped;
        }

        return last! with { Image = ImageReference.Create(client.Registry, repository, tags[0]).WithDigest(last!.Image.Digest!.Value), Tags = tags, Skipped = skipped };
    }
}
