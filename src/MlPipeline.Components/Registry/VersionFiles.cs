namespace MlPipeline.Components.Registry;

/// <summary>The names under which Register keeps files with a version in the registry.</summary>
internal static class VersionFiles
{
    /// <summary>ValidateData's profile of the data the version learned from: what Retrain measures drift against.</summary>
    public const string ReferenceProfile = "reference-profile.json";
}
