using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/serving/</c>: what the scoring service is given.</summary>
    public static class Serving
    {
        /// <summary>The model bundle PackageModel writes and the service, Serve and BuildImage read.</summary>
        public static AbsolutePath Bundle(IPipelineBuild build) => Root(build) / "serving" / "model";
    }
}
