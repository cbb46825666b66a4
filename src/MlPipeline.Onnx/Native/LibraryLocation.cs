namespace MlPipeline.Onnx.Native;

/// <summary>Where the ONNX Runtime library is to be loaded from, and who said so (for the error message when it is not there).</summary>
/// <param name="Path">A full path, or the bare file name for the loader's normal search.</param>
/// <param name="Source">e.g. "the environment variable MLPIPELINE_ONNXRUNTIME".</param>
internal sealed record LibraryLocation(string Path, string Source)
{
    public bool IsFullPath => System.IO.Path.IsPathRooted(Path);
}
