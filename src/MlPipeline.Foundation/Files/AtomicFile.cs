using System.Text;

namespace MlPipeline.Foundation.Files;

/// <summary>Writes a whole file or nothing: a crash mid-write leaves the previous file (or none), never half of one.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte-order mark; creates the folder when it is missing.</summary>
    public static void Write(string path, string contents) => Write(path, stream =>
    {
        using var writer = new StreamWriter(stream, Utf8WithoutBom, bufferSize: -1, leaveOpen: true);
        writer.Write(contents);
    });

    /// <summary>
    /// Writes through <paramref name="write"/> into a temporary file beside <paramref name="path"/>, then renames it over the
    /// target; creates the folder when it is missing. <paramref name="write"/> must leave the stream open (it is flushed to
    /// disk before the rename). When <paramref name="write"/> throws, the target is untouched and the temporary file is deleted.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        // Same directory, so the rename stays on one file system and is atomic; a unique name, so two writers never share it.
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                // On disk before the rename, so a crash cannot leave a renamed but empty file.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
