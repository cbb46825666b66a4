namespace MlPipeline.Serving;

/// <summary>How the service runs.</summary>
/// <param name="ModelDirectory">The bundle to serve.</param>
/// <param name="MaxBodyBytes">The largest request body accepted; a larger one is refused with 400. Default 4 MiB.</param>
/// <param name="MaxRows">The most rows one request may score. Default 10,000.</param>
public sealed record ServingOptions(string ModelDirectory, long MaxBodyBytes = 4 << 20, int MaxRows = 10_000)
{
    /// <summary>
    /// The bundle directory: <c>--model-dir DIR</c> from <paramref name="args"/>, else the environment variable
    /// MLPIPELINE_MODEL_DIR, else <c>model/</c> beside the app (where a publish with ServingModelDirectory puts it).
    /// </summary>
    public static string ModelDirectoryFrom(IReadOnlyList<string> args) =>
        Arguments.Value(args, "--model-dir") ?? (Environment.GetEnvironmentVariable(Bundle.BundleFiles.DirectoryVariable) is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Path.Combine(AppContext.BaseDirectory, "model"));
}
