using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/tuning/</c>: Tune's trials and its verdict, which Train reads.</summary>
    public static class Tuning
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "tuning";

        public static AbsolutePath Trials(IPipelineBuild build) => Folder(build) / "trials.jsonl";

        public static AbsolutePath Best(IPipelineBuild build) => Folder(build) / "best.json";

        /// <summary>Which study <see cref="Trials"/> belongs to, so a changed search resumes nothing.</summary>
        public static AbsolutePath Study(IPipelineBuild build) => Folder(build) / "study.json";
    }
}
