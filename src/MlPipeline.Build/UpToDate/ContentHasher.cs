using System.Security.Cryptography;
using System.Text;

namespace MlPipeline.Build.UpToDate;

/// <summary>SHA-256 of files, folders (their relative paths and file contents) and text.</summary>
internal static class ContentHasher
{
    public const string Missing = "missing";

    /// <returns>The hex digest, or <see cref="Missing"/> when nothing is at the path.</returns>
    public static string HashPath(AbsolutePath path)
    {
        if (File.Exists(path))
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        if (Directory.Exists(path))
        {
            var listing = new StringBuilder();
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Select(AbsolutePath.Create).OrderBy(f => f.Value, StringComparer.Ordinal))
            {
                listing.Append(file.RelativeTo(path)).Append('\0').Append(HashPath(file)).Append('\n');
            }

            return HashText(listing.ToString());
        }

        return Missing;
    }

    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
