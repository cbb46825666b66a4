using MlPipeline.Build;

namespace MlPipeline.Components.Data;

/// <summary>Where ValidateData leaves what later targets read.</summary>
internal static class ValidationArtifacts
{
    public static AbsolutePath Report(IDataset build) => build.DataArtifacts / "validation.json";

    public static AbsolutePath Splits(IDataset build) => build.DataArtifacts / "splits.json";

    public static AbsolutePath ReferenceProfile(IDataset build) => build.DataArtifacts / "reference-profile.json";
}
