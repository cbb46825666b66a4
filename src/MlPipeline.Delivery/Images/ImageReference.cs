using System.Text.RegularExpressions;

namespace MlPipeline.Delivery.Images;

/// <summary>
/// Where an image lives: <c>registry/repository:tag</c>, optionally pinned with <c>@sha256:…</c>, following the grammar of
/// the distribution project's reference package (https://github.com/distribution/reference/blob/main/reference.go).
/// The registry is required: a pipeline pushes to a registry it names, never to an implied Docker Hub.
/// </summary>
public readonly partial record struct ImageReference
{
    private ImageReference(string registry, string repository, string? tag, ImageDigest? digest)
    {
        Registry = registry;
        Repository = repository;
        Tag = tag;
        Digest = digest;
    }

    /// <summary>Host and optional port, e.g. <c>ghcr.io</c> or <c>127.0.0.1:5000</c>.</summary>
    public string Registry { get; }

    /// <summary>The path inside the registry, e.g. <c>acme/churn-model</c>.</summary>
    public string Repository { get; }

    /// <summary>The tag, when there is one.</summary>
    public string? Tag { get; }

    /// <summary>The manifest digest, when the reference is pinned to one.</summary>
    public ImageDigest? Digest { get; private init; }

    /// <summary>What the registry API calls the manifest: the digest when pinned, else the tag (<c>latest</c> when neither).</summary>
    public string ManifestReference => Digest?.Value ?? Tag ?? "latest";

    /// <exception cref="DeliveryException">Malformed; the message names the part and shows a valid example.</exception>
    public static ImageReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var digestAt = text.IndexOf('@', StringComparison.Ordinal);
        ImageDigest? digest = digestAt < 0 ? null : ParseDigest(text, text[(digestAt + 1)..]);
        var name = digestAt < 0 ? text : text[..digestAt];

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !LooksLikeRegistry(name[..slash]))
        {
            throw Invalid(text, "it names no registry; put the registry's host (and port) first");
        }

        var remainder = name[(slash + 1)..];
        var colon = remainder.LastIndexOf(':');
        var repository = colon < 0 ? remainder : remainder[..colon];
        var tag = colon < 0 ? null : remainder[(colon + 1)..];
        return Create(name[..slash], repository, tag) with { Digest = digest };
    }

    /// <summary>A reference from its parts, each checked on its own.</summary>
    /// <exception cref="DeliveryException">A part is malformed; the message names it.</exception>
    public static ImageReference Create(string registry, string repository, string? tag = null)
    {
        if (!RegistryPattern().IsMatch(registry))
        {
            throw Invalid(registry, "the registry must be a host name or IP address with an optional port, e.g. 'ghcr.io' or '127.0.0.1:5000'");
        }

        if (!RepositoryPattern().IsMatch(repository) || repository.Length > 255)
        {
            throw Invalid(repository, "the repository must be lower-case letters, digits and separators ('.', '_', '__', '-'), in '/'-separated parts, e.g. 'acme/churn-model'");
        }

        if (tag is not null && !TagPattern().IsMatch(tag))
        {
            throw Invalid(tag, "a tag is 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-', e.g. '1.4.0'");
        }

        return new ImageReference(registry, repository, tag, null);
    }

    /// <summary>The same image under another tag (and no digest).</summary>
    public ImageReference WithTag(string tag) => Create(Registry, Repository, tag);

    /// <summary>The same reference pinned to <paramref name="digest"/>.</summary>
    public ImageReference WithDigest(ImageDigest digest) => this with { Digest = digest };

    public override string ToString() =>
        $"{Registry}/{Repository}{(Tag is null ? "" : ":" + Tag)}{(Digest is { } digest ? "@" + digest.Value : "")}";

    // As in the distribution reference grammar: a first part with a dot, a colon, or exactly 'localhost' is a registry.
    private static bool LooksLikeRegistry(string part) =>
        part.Contains('.', StringComparison.Ordinal) || part.Contains(':', StringComparison.Ordinal) || part == "localhost";

    private static ImageDigest ParseDigest(string text, string digest) =>
        ImageDigest.TryParse(digest, out var parsed)
            ? parsed
            : throw Invalid(text, $"the digest '{digest}' after '@' must be 'sha256:' followed by 64 lower-case hex digits");

    private static DeliveryException Invalid(string text, string why) =>
        new(DeliveryError.InvalidInput, $"'{text}' is not a valid image reference: {why}. Example: '127.0.0.1:5000/acme/churn-model:1.4.0'.");

    [GeneratedRegex(@"^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]{1,5})?$")]
    private static partial Regex RegistryPattern();

    [GeneratedRegex(@"^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")]
    private static partial Regex TagPattern();
}
