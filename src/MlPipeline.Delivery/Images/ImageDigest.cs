using System.Buffers;
using System.Security.Cryptography;

namespace MlPipeline.Delivery.Images;

/// <summary>
/// A content digest as the OCI image spec defines it (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#digests),
/// restricted to <c>sha256:</c> followed by 64 lower-case hex digits, the only algorithm registries must support.
/// </summary>
public readonly record struct ImageDigest
{
    private const string Prefix = "sha256:";
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private ImageDigest(string value) => Value = value;

    /// <summary>The digest as registries print it, e.g. <c>sha256:3f…</c>.</summary>
    public string Value { get; }

    /// <summary>The 64 hex digits without the algorithm.</summary>
    public string Hex => Value[Prefix.Length..];

    /// <summary>The digest of <paramref name="content"/>.</summary>
    public static ImageDigest Of(ReadOnlySpan<byte> content) => new(Prefix + Convert.ToHexStringLower(SHA256.HashData(content)));

    /// <summary>The digest of everything left in <paramref name="content"/>.</summary>
    public static async Task<ImageDigest> OfAsync(Stream content, CancellationToken cancellation) =>
        new(Prefix + Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellation)));

    /// <exception cref="DeliveryException">Not <c>sha256:</c> and 64 hex digits.</exception>
    public static ImageDigest Parse(string text)
    {
        if (!TryParse(text, out var digest))
        {
            throw new DeliveryException(
                DeliveryError.InvalidInput,
                $"'{text}' is not an image digest: expected 'sha256:' followed by 64 lower-case hex digits, as in 'docker images --digests'.");
        }

        return digest;
    }

    public static bool TryParse(string? text, out ImageDigest digest)
    {
        digest = default;
        if (text is not { Length: 71 } || !text.StartsWith(Prefix, StringComparison.Ordinal) ||
            text.AsSpan(Prefix.Length).ContainsAnyExcept(LowerHex))
        {
            return false;
        }

        digest = new ImageDigest(text);
        return true;
    }

    public override string ToString() => Value ?? "";
}
