using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>Saves and loads <see cref="ReferenceProfile"/> as snake_case JSON.</summary>
public static class ReferenceProfileFile
{
    /// <summary>Writes <paramref name="profile"/> to <paramref name="path"/> atomically (temporary file, then rename), creating the folder.</summary>
    public static void Write(string path, ReferenceProfile profile) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(profile, DataJson.Options));

    /// <exception cref="FileNotFoundException">No file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file is not a reference profile of the current format.</exception>
    public static ReferenceProfile Read(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException(
                $"No reference profile at {path}; run ValidateData on the reference dataset to create it.", path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>A profile kept elsewhere than in a file, e.g. with a model version in the registry.</summary>
    /// <param name="source">Where the bytes came from, as messages name it.</param>
    /// <exception cref="InvalidDataException">The bytes are not a reference profile of the current format.</exception>
    public static ReferenceProfile Parse(ReadOnlySpan<byte> json, string source)
    {
        ReferenceProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<ReferenceProfile>(json, DataJson.Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"{source}:{line + 1}" : source;
            throw new InvalidDataException($"{where} is not a valid reference profile: {e.Message} Re-create it with ValidateData.", e);
        }
        if (profile is null || profile.Columns is null)
            throw new InvalidDataException($"{source} holds no reference profile; re-create it with ValidateData.");
        if (profile.FormatVersion != ReferenceProfile.CurrentFormatVersion)
            throw new InvalidDataException(
                $"{source} is a reference profile of format {profile.FormatVersion}; this version reads format {ReferenceProfile.CurrentFormatVersion}. "
                + "Re-create it with ValidateData.");
        return profile;
    }
}
