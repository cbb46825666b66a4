using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Components.Artifacts;

/// <summary>How components write and read their JSON artifacts: <see cref="DataJson"/>'s conventions, whole or not at all.</summary>
internal static class ArtifactJson
{
    public static void Write<T>(string path, T value) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(value, DataJson.Options) + "\n");

    /// <exception cref="InvalidOperationException">The file is missing or unreadable; the message names the target that writes it.</exception>
    public static T Read<T>(string path, string writtenBy)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path} does not exist; it is written by {writtenBy}. Run that target first (or run both: ./build.sh {writtenBy} …).");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), DataJson.Options)
                ?? throw new InvalidOperationException($"{path} is empty; run {writtenBy} again.");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{path} is not valid ({exception.Message}); run {writtenBy} again with --force {writtenBy}.", exception);
        }
    }
}
