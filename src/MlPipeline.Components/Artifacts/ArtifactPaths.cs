using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

/// <summary>
/// Where every component reads and writes its files, grouped by area, so that a target's Inputs and Produces and the code
/// that opens the file name the same path. <c>artifacts/</c> is rebuilt by the pipeline and ignored by git; the files beside
/// the dataset (<see cref="Dataset"/>) and under <c>models/</c> (<see cref="Baseline"/>) are committed.
/// </summary>
public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/</c>: everything the pipeline can rebuild.</summary>
    public static AbsolutePath Root(IPipelineBuild build) => build.RootDirectory / "artifacts";
}
