using System.Security.Cryptography;

namespace MlPipeline.Registry;

/// <summary>Model files are addressed by the lower-case hex SHA-256 of their bytes.</summary>
internal static class ContentAddress
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The address in its stored (lower-case) form.</summary>
    /// <exception cref="RegistryException">Not 64 hex digits.</exception>
    public static string Parse(string sha256)
    {
        if (sha256 is not { Length: 64 } || !sha256.All(char.IsAsciiHexDigit))
        {
            throw new RegistryException(RegistryError.InvalidInput, $"'{sha256}' is not a SHA-256 model address: expected 64 hex digits, as in ModelVersion.ModelSha256.");
        }

        return sha256.ToLowerInvariant();
    }
}
