using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Components.Delivery;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Retraining;
using MlPipeline.Components.Reporting;
using MlPipeline.Components.Serving;
using MlPipeline.Components.Training;
using MlPipeline.Components.Tuning;

namespace MlPipeline.Components.Tests;

/// <summary>A throw-away repository holding the sample datasets, and a build composed of every component.</summary>
internal sealed class PipelineFixture : IDisposable
{
    private readonly BuildFixture _build = new();

    public PipelineFixture()
    {
        Directory.CreateDirectory(Root / "data");
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data")))
        {
            File.Copy(file, Root / "data" / Path.GetFileName(file));
        }
    }

    public AbsolutePath Root => _build.Root;

    /// <summary>The build host's environment variables, as targets read them.</summary>
    public Dictionary<string, string> Environment => _build.Environment;

    /// <summary>The build host's clock.</summary>
    public ManualTimeProvider Time => _build.Time;

    /// <summary>The account the build host runs under.</summary>
    public string UserName
    {
        get => _build.UserName;
        set => _build.UserName = value;
    }

    public AbsolutePath Artifact(string relativePath) => Root / "artifacts" / relativePath;

    public AbsolutePath Write(string relativePath, string content) => _build.Write(relativePath, content);

    public Task<BuildRun> RunAsync(params string[] arguments) => _build.RunAsync(new PipelineBuildUnderTest(), b => ((ITrain)b).Train, arguments);

    public void Dispose() => _build.Dispose();


    private sealed class PipelineBuildUnderTest : PipelineBuild, IInferSchema, IDetectDrift, IPromote, IModels, ITune, IServe, ISmokeTest, IRetrain, IReport
    {
        // The throw-away root has no service of its own: the image holds this repository's.
        AbsolutePath IBuildImage.ServingProject => Repository.Root / "src" / "MlPipeline.Serving" / "MlPipeline.Serving.csproj";
    }
}
