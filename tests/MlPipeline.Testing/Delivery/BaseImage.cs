using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Testing.Delivery;

/// <summary>
/// The smallest base image a self-contained, invariant-globalization .NET app runs on, made from this machine's own
/// C runtime (nothing can be pulled from a public registry here): one layer with the loader and the libraries
/// the runtime links, pushed over the registry API as a Docker v2 image.
/// </summary>
public static class BaseImage
{
    private const string Libraries = "/lib/x86_64-linux-gnu";

    private static readonly string[] Files =
    [
        "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
        "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1",
    ];

    public static async Task<ImageReference> PushAsync(RegistryClient registry, string repository, string tag, CancellationToken cancellation)
    {
        var (layer, diffId) = Layer();
        var config = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["architecture"] = "amd64",
            ["os"] = "linux",
            ["config"] = new JsonObject(),
            ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray(diffId) },
        }.ToJsonString());
        var layerDigest = ImageDigest.Of(layer);
        var configDigest = ImageDigest.Of(config);
        await registry.UploadBlobAsync(repository, layerDigest, () => new MemoryStream(layer), cancellation);
        await registry.UploadBlobAsync(repository, configDigest, () => new MemoryStream(config), cancellation);
        var manifest = Encoding.UTF8.GetBytes(new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = ImageArchive.ManifestMediaType,
            ["config"] = new JsonObject { ["mediaType"] = "application/vnd.docker.container.image.v1+json", ["size"] = config.Length, ["digest"] = configDigest.Value },
            ["layers"] = new JsonArray(new JsonObject { ["mediaType"] = "application/vnd.docker.image.rootfs.diff.tar.gzip", ["size"] = layer.Length, ["digest"] = layerDigest.Value }),
        }.ToJsonString());
        await registry.PutManifestAsync(repository, tag, ImageArchive.ManifestMediaType, manifest, cancellation);
        return ImageReference.Create(registry.Registry, repository, tag);
    }

    // The layer compressed, and the digest of its uncompressed tar (the config's diff_id).
    private static (byte[] Layer, string DiffId) Layer()
    {
        var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "tmp/") { Mode = (UnixFileMode)Convert.ToInt32("1777", 8) });
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "lib/"));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "lib/x86_64-linux-gnu/"));
            writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, "lib64/"));
            foreach (var file in Files)
            {
                writer.WriteEntry(File(Path.Combine(Libraries, file), "lib/x86_64-linux-gnu/" + file));
            }

            // Where every x86-64 executable's ELF header says the loader is.
            writer.WriteEntry(File(Path.Combine(Libraries, "ld-linux-x86-64.so.2"), "lib64/ld-linux-x86-64.so.2"));
        }

        var uncompressed = tar.ToArray();
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(uncompressed);
        }

        return (compressed.ToArray(), "sha256:" + Convert.ToHexStringLower(SHA256.HashData(uncompressed)));
    }

    private static PaxTarEntry File(string source, string name) => new(TarEntryType.RegularFile, name)
    {
        // Copies of the files the host's symlinks point at.
        DataStream = new MemoryStream(System.IO.File.ReadAllBytes(source)),
        Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
    };
}
