using MlPipeline.Build;

namespace MlPipeline.Components.Tuning;

/// <summary>Where Tune leaves its trials and its verdict.</summary>
internal static class TuningArtifacts
{
    public static AbsolutePath Folder(IPipelineBuild build) => build.RootDirectory / "artifacts" / "tuning";

    public static AbsolutePath Trials(IPipelineBuild build) => Folder(build) / "trials.jsonl";

    public static AbsolutePath Best(IPipelineBuild build) => Folder(build) / "best.json";
}
