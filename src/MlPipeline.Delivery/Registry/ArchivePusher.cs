using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Registry;

/// <summary>
/// Pushes an <see cref="ImageArchive"/> to a registry over the distribution API: nothing at all when every tag already
/// names the archive's digest, otherwise only the blobs the repository lacks, then the manifest under each tag.
/// </summary>
public static class ArchivePusher
{
    /// <param name="client">The registry to push to.</param>
    /// <param name="archive">The image.</param>
    /// <param name="repository">The repository, e.g. <c>acme/churn-model</c>.</param>
    /// <param name="tags">At least one tag.</param>
    /// <param name="progress">Receives one line per step; never credentials.</param>
    /// <param name="cancellation">Stops the push between requests.</param>
    /// <exception cref="DeliveryException">A malformed repository or tag, or a registry failure that survived the retries.</exception>
    public static async Task<PushResult> PushAsync(
        RegistryClient client, ImageArchive archive, string repository, IReadOnlyList<string> tags, IProgress<string> progress, CancellationToken cancellation)
    {
        if (tags.Count == 0)
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"No tag to push '{repository}' under; give at least one, e.g. the model version.");
        }

        var image = ImageReference.Create(client.Registry, repository, tags[0]).WithDigest(archive.Digest);
        var stale = new List<string>();
        foreach (var tag in tags)
        {
            _ = ImageReference.Create(client.Registry, repository, tag);
            if (await client.FindManifestAsync(repository, tag, cancellation) != archive.Digest)
            {
                stale.Add(tag);
            }
        }

        if (stale.Count == 0)
        {
            progress.Report($"{client.Registry}/{repository} already has {archive.Digest} as {string.Join(", ", tags)}; nothing to push");
            return new PushResult(image, tags, Skipped: true, BlobsUploaded: 0);
        }

        var uploaded = 0;
        foreach (var blob in archive.Layers.Append(archive.Config))
        {
            if (await client.HasBlobAsync(repository, blob.Digest, cancellation))
            {
                progress.Report($"{blob.Digest}: already in {repository}");
                continue;
            }

            progress.Report($"{blob.Digest}: uploading {blob.Size:N0} bytes");
            await client.UploadBlobAsync(repository, blob.Digest, () => File.OpenRead(blob.Path), cancellation);
            uploaded++;
        }

        foreach (var tag in stale)
        {
            await client.PutManifestAsync(repository, tag, ImageArchive.ManifestMediaType, archive.Manifest, cancellation);
            progress.Report($"{client.Registry}/{repository}:{tag} -> {archive.Digest}");
        }

        return new PushResult(image, tags, Skipped: false, BlobsUploaded: uploaded);
    }
}
