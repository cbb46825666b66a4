namespace MlPipeline.Build.Tests.Workflows;

/// <summary>A real directory for file tests, deleted afterwards.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("mlpipeline-workflows-").FullName;

    public string Workflows => System.IO.Path.Combine(Path, ".github", "workflows");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
