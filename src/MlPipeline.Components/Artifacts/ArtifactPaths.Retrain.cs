using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/retrain/</c>: whether Retrain retrained, and why.</summary>
    public static class Retrain
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "retrain";

        /// <summary>Every trigger's check and the decision they add up to.</summary>
        public static AbsolutePath Decision(IPipelineBuild build) => Folder(build) / "decision.json";

        /// <summary>The drift report of the batch against the deployed version's reference profile, when drift was checked.</summary>
        public static AbsolutePath Drift(IPipelineBuild build) => Folder(build) / "drift.json";
    }
}
