using System.Net;
using System.Net.Http.Headers;
using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Registry;

public sealed partial class RegistryClient
{
    /// <summary>Whether the repository already holds the blob (a layer or config), so a push can leave it out.</summary>
    public async Task<bool> HasBlobAsync(string repository, ImageDigest digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Head, BlobUri(repository, digest)), PushScope(repository), cancellation);
        return response.StatusCode != HttpStatusCode.NotFound;
    }

    /// <summary>The blob's bytes.</summary>
    public async Task<byte[]> GetBlobAsync(string repository, ImageDigest digest, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, BlobUri(repository, digest)), PullScope(repository), cancellation);
        EnsureFound(response, $"blob {digest} in '{repository}'");
        return await response.Content.ReadAsByteArrayAsync(cancellation);
    }

    /// <summary>
    /// Uploads a blob in one request (the spec's monolithic POST-then-PUT upload). <paramref name="open"/> is called for
    /// every attempt, so a retried upload starts from the first byte again.
    /// </summary>
    public async Task UploadBlobAsync(string repository, ImageDigest digest, Func<Stream> open, CancellationToken cancellation)
    {
        Uri location;
        using (var started = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri(BaseAddress, $"{repository}/blobs/uploads/")), PushScope(repository), cancellation))
        {
            EnsureFound(started, $"repository '{repository}' to upload to");
            location = started.Headers.Location is { } header
                ? new Uri(BaseAddress, header)
                : throw new DeliveryException(DeliveryError.RegistryFailed, $"The registry {Registry} started an upload to '{repository}' without saying where to send it (no Location header).");
        }

        var separator = string.IsNullOrEmpty(location.Query) ? "?" : "&";
        var target = new Uri(location + separator + "digest=" + Uri.EscapeDataString(digest.Value));
        using var finished = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Put, target)
            {
                Content = new StreamContent(open()) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } },
            },
            PushScope(repository),
            cancellation);
        EnsureFound(finished, $"upload session for '{repository}'");
    }

    private Uri BlobUri(string repository, ImageDigest digest) => new(BaseAddress, $"{repository}/blobs/{digest.Value}");
}
