using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MlPipeline.Delivery.Images;

namespace MlPipeline.Delivery.Registry;

public sealed partial class RegistryClient
{
    /// <summary>The manifest media types a push writes and a lookup accepts.</summary>
    internal static readonly string[] ManifestMediaTypes =
    [
        "application/vnd.oci.image.manifest.v1+json",
        "application/vnd.docker.distribution.manifest.v2+json",
        "application/vnd.oci.image.index.v1+json",
        "application/vnd.docker.distribution.manifest.list.v2+json",
    ];

    /// <summary>The digest of the manifest <paramref name="reference"/> (a tag or digest) names, or null when the registry has none.</summary>
    public async Task<ImageDigest?> FindManifestAsync(string repository, string reference, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => ManifestRequest(HttpMethod.Head, repository, reference), PullScope(repository), cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        return response.Headers.TryGetValues("Docker-Content-Digest", out var values) && ImageDigest.TryParse(values.First(), out var digest)
            ? digest
            : throw new DeliveryException(DeliveryError.RegistryFailed, $"The registry {Registry} has '{repository}:{reference}' but did not say its digest (no Docker-Content-Digest header).");
    }

    /// <summary>The manifest's bytes and media type.</summary>
    /// <exception cref="DeliveryException">The registry has no such manifest.</exception>
    public async Task<(string MediaType, byte[] Content)> GetManifestAsync(string repository, string reference, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => ManifestRequest(HttpMethod.Get, repository, reference), PullScope(repository), cancellation);
        EnsureFound(response, $"manifest '{repository}:{reference}'");
        return (response.Content.Headers.ContentType?.MediaType ?? "", await response.Content.ReadAsByteArrayAsync(cancellation));
    }

    /// <summary>Stores <paramref name="content"/> as the manifest <paramref name="reference"/> names; returns its digest.</summary>
    public async Task<ImageDigest> PutManifestAsync(string repository, string reference, string mediaType, byte[] content, CancellationToken cancellation)
    {
        using var response = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Put, ManifestUri(repository, reference))
            {
                Content = new ByteArrayContent(content) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } },
            },
            PushScope(repository),
            cancellation);
        EnsureFound(response, $"repository '{repository}'");
        return ImageDigest.Of(content);
    }

    /// <summary>The repository's tags, sorted; empty when the repository does not exist.</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(string repository, CancellationToken cancellation)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, $"{repository}/tags/list")), PullScope(repository), cancellation);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        return document.RootElement.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array
            ? [.. tags.EnumerateArray().Select(tag => tag.GetString()!).Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>The repositories the registry's catalog lists (the first 1000), sorted.</summary>
    public async Task<IReadOnlyList<string>> ListRepositoriesAsync(CancellationToken cancellation)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(BaseAddress, "_catalog?n=1000")), "registry:catalog:*", cancellation);
        EnsureFound(response, "catalog");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellation));
        return [.. document.RootElement.GetProperty("repositories").EnumerateArray().Select(name => name.GetString()!).Order(StringComparer.Ordinal)];
    }

    private HttpRequestMessage ManifestRequest(HttpMethod method, string repository, string reference)
    {
        var request = new HttpRequestMessage(method, ManifestUri(repository, reference));
        foreach (var mediaType in ManifestMediaTypes)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        }

        return request;
    }

    private Uri ManifestUri(string repository, string reference) => new(BaseAddress, $"{repository}/manifests/{reference}");

    private void EnsureFound(HttpResponseMessage response, string what)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new DeliveryException(DeliveryError.RegistryFailed, $"The registry {Registry} has no {what}.");
        }
    }

    private static string PullScope(string repository) => $"repository:{repository}:pull";

    private static string PushScope(string repository) => $"repository:{repository}:pull,push";
}
