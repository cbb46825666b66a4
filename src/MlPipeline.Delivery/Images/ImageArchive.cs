using System.Formats.Tar;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MlPipeline.Delivery.Images;

/// <summary>
/// An image as the .NET SDK writes it with <c>ContainerArchiveOutputPath</c> (the <c>docker load</c> layout: manifest.json,
/// the config as &lt;digest&gt;.json, gzip-compressed layers), unpacked into a temporary folder that <see cref="Dispose"/> deletes,
/// with the Docker v2 manifest a registry stores for it. The manifest is written the same way every time, so the same
/// archive always has the same <see cref="Digest"/>.
/// </summary>
public sealed class ImageArchive : IDisposable
{
    /// <summary>The manifest media type of the images this archive pushes as.</summary>
    public const string ManifestMediaType = "application/vnd.docker.distribution.manifest.v2+json";

    private const string ConfigMediaType = "application/vnd.docker.container.image.v1+json";
    private const string LayerMediaType = "application/vnd.docker.image.rootfs.diff.tar.gzip";

    private readonly string _folder;

    private ImageArchive(string folder, ImageBlob config, IReadOnlyList<ImageBlob> layers)
    {
        _folder = folder;
        Config = config;
        Layers = layers;
        Manifest = WriteManifest(config, layers);
        Digest = ImageDigest.Of(Manifest);
        using var document = JsonDocument.Parse(File.ReadAllBytes(config.Path));
        var settings = document.RootElement.GetProperty("config");
        Labels = settings.TryGetProperty("Labels", out var labels) && labels.ValueKind == JsonValueKind.Object
            ? labels.EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString() ?? "", StringComparer.Ordinal)
            : new Dictionary<string, string>();
        Entrypoint = settings.TryGetProperty("Entrypoint", out var entrypoint) && entrypoint.ValueKind == JsonValueKind.Array
            ? [.. entrypoint.EnumerateArray().Select(part => part.GetString() ?? "")]
            : [];
    }

    public ImageBlob Config { get; }

    public IReadOnlyList<ImageBlob> Layers { get; }

    /// <summary>The manifest's bytes, as pushed.</summary>
    public byte[] Manifest { get; }

    /// <summary>The manifest's digest: what a registry answers for the pushed image.</summary>
    public ImageDigest Digest { get; }

    /// <summary>The image config's labels.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The image config's entrypoint, e.g. <c>/app/MlPipeline.Serving</c>.</summary>
    public IReadOnlyList<string> Entrypoint { get; }

    /// <exception cref="DeliveryException">The file is missing or is not a single-image archive with gzip layers.</exception>
    public static async Task<ImageArchive> OpenAsync(string path, CancellationToken cancellation)
    {
        if (!File.Exists(path))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The image archive '{path}' does not exist; build the image first (BuildImage writes it).");
        }

        var folder = Directory.CreateTempSubdirectory("mlpipeline-image-").FullName;
        try
        {
            await TarFile.ExtractToDirectoryAsync(path, folder, overwriteFiles: false, cancellation);
            return await ReadAsync(path, folder, cancellation);
        }
        catch (Exception exception)
        {
            Directory.Delete(folder, recursive: true);
            if (exception is DeliveryException or OperationCanceledException)
            {
                throw;
            }

            throw new DeliveryException(DeliveryError.InvalidInput, $"'{path}' is not an image archive as 'dotnet publish -p:ContainerArchiveOutputPath=…' writes it: {exception.Message}", exception);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<ImageArchive> ReadAsync(string path, string folder, CancellationToken cancellation)
    {
        using var index = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "manifest.json"), cancellation));
        if (index.RootElement.GetArrayLength() != 1)
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The image archive '{path}' holds {index.RootElement.GetArrayLength()} images; a push needs exactly one.");
        }

        var image = index.RootElement[0];
        var config = await BlobAsync(folder, image.GetProperty("Config").GetString()!, ConfigMediaType, cancellation);
        var layers = new List<ImageBlob>();
        foreach (var layer in image.GetProperty("Layers").EnumerateArray())
        {
            var blob = await BlobAsync(folder, layer.GetString()!, LayerMediaType, cancellation);
            if (!IsGzip(blob.Path))
            {
                throw new DeliveryException(DeliveryError.InvalidInput, $"The layer '{layer.GetString()}' of '{path}' is not gzip-compressed, as the .NET SDK writes layers; archives from 'docker save' are not supported, push those with the Docker builder.");
            }

            layers.Add(blob);
        }

        return new ImageArchive(folder, config, layers);
    }

    private static async Task<ImageBlob> BlobAsync(string folder, string name, string mediaType, CancellationToken cancellation)
    {
        var path = Path.GetFullPath(Path.Combine(folder, name));
        if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The archive's manifest.json names '{name}', outside the archive.");
        }

        await using var stream = File.OpenRead(path);
        return new ImageBlob(mediaType, await ImageDigest.OfAsync(stream, cancellation), stream.Length, path);
    }

    private static bool IsGzip(string path)
    {
        Span<byte> magic = stackalloc byte[2];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static byte[] WriteManifest(ImageBlob config, IReadOnlyList<ImageBlob> layers)
    {
        static JsonObject Descriptor(ImageBlob blob) => new() { ["mediaType"] = blob.MediaType, ["size"] = blob.Size, ["digest"] = blob.Digest.Value };

        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = ManifestMediaType,
            ["config"] = Descriptor(config),
            ["layers"] = new JsonArray([.. layers.Select(layer => (JsonNode)Descriptor(layer))]),
        };
        return Encoding.UTF8.GetBytes(manifest.ToJsonString());
    }
}
