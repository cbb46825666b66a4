using MlPipeline.Build;

namespace MlPipeline.Components.Artifacts;

public static partial class ArtifactPaths
{
    /// <summary><c>artifacts/data/</c>: what ValidateData and DetectDrift leave for later targets.</summary>
    public static class Data
    {
        public static AbsolutePath Folder(IPipelineBuild build) => Root(build) / "data";

        /// <summary>Every finding of ValidateData.</summary>
        public static AbsolutePath Validation(IPipelineBuild build) => Folder(build) / "validation.json";

        /// <summary>The data hash and the row numbers of the train, validation and benchmark splits.</summary>
        public static AbsolutePath Splits(IPipelineBuild build) => Folder(build) / "splits.json";

        /// <summary>The statistics DetectDrift compares a new batch with.</summary>
        public static AbsolutePath ReferenceProfile(IPipelineBuild build) => Folder(build) / "reference-profile.json";

        public static AbsolutePath Drift(IPipelineBuild build) => Folder(build) / "drift.json";
    }
}
