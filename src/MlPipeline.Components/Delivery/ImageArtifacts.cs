using MlPipeline.Build;

namespace MlPipeline.Components.Delivery;

/// <summary>Where BuildImage, PushImage and SmokeTest leave what they did: <c>artifacts/image/</c>.</summary>
internal static class ImageArtifacts
{
    public static AbsolutePath Folder(IPipelineBuild build) => build.RootDirectory / "artifacts" / "image";

    /// <summary>The daemonless builder's image archive, what PushImage sends.</summary>
    public static AbsolutePath Archive(IPipelineBuild build) => Folder(build) / "image.tar";

    /// <summary>The published service with the model under <c>model/</c>: the image's contents, run directly by a process smoke test.</summary>
    public static AbsolutePath App(IPipelineBuild build) => Folder(build) / "app";

    public static AbsolutePath Image(IPipelineBuild build) => Folder(build) / "image.json";

    public static AbsolutePath Push(IPipelineBuild build) => Folder(build) / "push.json";

    public static AbsolutePath Smoke(IPipelineBuild build) => Folder(build) / "smoke.json";
}
