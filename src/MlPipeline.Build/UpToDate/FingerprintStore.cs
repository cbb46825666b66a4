using System.Text.Json;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Build.UpToDate;

/// <summary>
/// Keeps one fingerprint file per target under <c>.nuke/temp/fingerprints</c>. The file is removed before a target
/// runs and written (temp file, then rename) only after it succeeded, so a build killed in the middle never leaves
/// a fingerprint that vouches for half-written outputs.
/// </summary>
internal sealed class FingerprintStore(AbsolutePath directory)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public TargetFingerprint? Load(string target)
    {
        var path = PathOf(target);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<TargetFingerprint>(File.ReadAllText(path), Json);
        }
        catch (JsonException)
        {
            return null; // an unreadable record only means the target runs again
        }
    }

    public void Save(TargetFingerprint fingerprint)
    {
        AtomicFile.Write(PathOf(fingerprint.Target), JsonSerializer.Serialize(fingerprint, Json));
    }

    public void Delete(string target)
    {
        if (Directory.Exists(directory))
        {
            File.Delete(PathOf(target));
        }
    }

    private AbsolutePath PathOf(string target) => directory / $"{target}.json";
}
