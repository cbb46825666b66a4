using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Training;
using MlPipeline.Components.Tuning;
using MlPipeline.Onnx.Native;

namespace MlPipeline.Components.Tests;

/// <summary>A throw-away repository holding the sample datasets, and a build composed of every component.</summary>
internal sealed class PipelineFixture : IDisposable
{
    private readonly BuildFixture _build = new();

    // Every fixture is its own repository root, so VerifyOnnx would fetch ONNX Runtime into each; the tests share the
    // copy the Test target fetched into this repository (and passes in the variable), as a user with their own copy does.
    static PipelineFixture()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(OnnxRuntimeLibrary.EnvironmentVariable)))
        {
            Environment.SetEnvironmentVariable(OnnxRuntimeLibrary.EnvironmentVariable, OnnxRuntimeTool.LibraryPath(RepositoryRoot()));
        }
    }

    public PipelineFixture()
    {
        Directory.CreateDirectory(Root / "data");
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data")))
        {
            File.Copy(file, Root / "data" / Path.GetFileName(file));
        }
    }

    public AbsolutePath Root => _build.Root;

    public AbsolutePath Artifact(string relativePath) => Root / "artifacts" / relativePath;

    public AbsolutePath Write(string relativePath, string content) => _build.Write(relativePath, content);

    public Task<BuildRun> RunAsync(params string[] arguments) => _build.RunAsync(new PipelineBuildUnderTest(), b => ((ITrain)b).Train, arguments);

    public void Dispose() => _build.Dispose();

    private static AbsolutePath RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MlPipeline.sln")))
            {
                return AbsolutePath.Create(directory.FullName);
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds MlPipeline.sln; set {OnnxRuntimeLibrary.EnvironmentVariable}.");
    }

    private sealed class PipelineBuildUnderTest : PipelineBuild, IInferSchema, IDetectDrift, IPromote, IModels, ITune, IExportOnnx;
}
