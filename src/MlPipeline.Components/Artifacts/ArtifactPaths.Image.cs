using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/image/</c>: what BuildImage, PushImage and SmokeTest leave of what they did.</summary>
    public static class Image
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "image";

        /// <summary>The daemonless builder's image archive, what PushImage sends.</summary>
        public static AbsolutePath Archive(IPipelineBuild build) => Folder(build) / "image.tar";

        /// <summary>The published service with the model under <c>model/</c>: the image's contents, run directly by a process smoke test.</summary>
        public static AbsolutePath App(IPipelineBuild build) => Folder(build) / "app";

        public static AbsolutePath Record(IPipelineBuild build) => Folder(build) / "image.json";

        public static AbsolutePath Push(IPipelineBuild build) => Folder(build) / "push.json";

        public static AbsolutePath Smoke(IPipelineBuild build) => Folder(build) / "smoke.json";
    }
}
