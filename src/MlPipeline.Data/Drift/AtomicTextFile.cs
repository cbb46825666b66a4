using System.Text;

namespace MlPipeline.Data.Drift;

/// <summary>Writes a whole file or nothing: a crash mid-write leaves the previous file (or none), never half of one.</summary>
internal static class AtomicTextFile
{
    public static void Write(string path, string contents)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        // Same directory, so the rename stays on one file system and is atomic.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, contents, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
