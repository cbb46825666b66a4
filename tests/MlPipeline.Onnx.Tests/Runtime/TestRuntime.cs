using MlPipeline.Onnx.Native;
using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

/// <summary>
/// Points the binding at the real libonnxruntime.so.1: MLPIPELINE_ONNXRUNTIME when set (the library reads it itself), else the copy the
/// build fetches into &lt;repository root&gt;/.nuke/temp/tools/onnxruntime-1.30.0/. Missing, the tests fail with how to get it; none is skipped.
/// </summary>
internal static class TestRuntime
{
    private static readonly Lazy<string> Library = new(Configure);

    public static string LibraryPath => Library.Value;

    public static OnnxModelSession Open(byte[] model, int intraOpThreads = 1)
    {
        _ = Library.Value;
        return OnnxModelSession.Open(model, intraOpThreads);
    }

    private static string Configure()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(OnnxRuntimeLibrary.EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        var fetched = Path.Combine(RepositoryRoot(), ".nuke", "temp", "tools", "onnxruntime-1.30.0", OnnxRuntimeLibrary.DefaultName);
        if (!File.Exists(fetched))
        {
            throw new InvalidOperationException($"The ONNX Runtime tests run against the real library, and {fetched} does not exist. {OnnxRuntimeLibrary.InstallHint}");
        }

        OnnxRuntimeLibrary.Use(fetched);
        return fetched;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MlPipeline.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds MlPipeline.sln, so the fetched ONNX Runtime cannot be found; set {OnnxRuntimeLibrary.EnvironmentVariable}.");
    }
}
