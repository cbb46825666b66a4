namespace MlPipeline.Build.Output;

/// <summary>Writes a whole file or nothing: a temporary file beside it, then a rename.</summary>
internal static class AtomicFile
{
    public static void WriteAllText(AbsolutePath path, string content)
    {
        Directory.CreateDirectory(path.Parent!);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, content);
        File.Move(temporary, path, overwrite: true);
    }
}
