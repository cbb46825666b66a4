using Microsoft.ML.OnnxRuntime;

namespace MlPipeline.Onnx.Runtime;

/// <summary>The ONNX Runtime this process runs models in: the native library of the NuGet package Microsoft.ML.OnnxRuntime.</summary>
public static class OnnxRuntimeInfo
{
    /// <summary>The version the native library reports, e.g. "1.32.0".</summary>
    /// <exception cref="OnnxModelException">The native library cannot be loaded; the message says where it should come from.</exception>
    public static string Version => LoadedEnvironment().GetVersionString();

    /// <summary>ORT's process-wide environment, created on first use; loading fails here when the native library is missing.</summary>
    private static OrtEnv LoadedEnvironment()
    {
        try
        {
            return OrtEnv.Instance();
        }
        catch (Exception exception) when (exception is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException)
        {
            throw new OnnxModelException(
                $"ONNX Runtime's native library could not be loaded: {(exception.InnerException ?? exception).Message} "
                + "It comes with the NuGet package Microsoft.ML.OnnxRuntime (runtimes/<platform>/native/) and is found through the application's "
                + ".deps.json: run the application from its build output (dotnet build), not from copied DLLs.",
                exception);
        }
    }
}
