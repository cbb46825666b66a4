using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>models/</c>, committed: the deployed model every candidate is judged against, written by Promote and Rollback.</summary>
    public static class Baseline
    {
        public static AbsolutePath Folder(IPipelineBuild build) => build.RootDirectory / "models";

        public static AbsolutePath Summary(IPipelineBuild build) => Folder(build) / "baseline.json";

        /// <summary>The baseline's per-row predictions, vouched for by hash in <see cref="Summary"/>.</summary>
        public static AbsolutePath Predictions(IPipelineBuild build) => Folder(build) / "baseline.predictions.json";
    }
}
