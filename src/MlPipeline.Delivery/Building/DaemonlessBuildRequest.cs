using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.Building;

/// <summary>What <see cref="DaemonlessImageBuilder"/> publishes, and where it writes the result.</summary>
/// <param name="Project">The service's project file (a Microsoft.NET.Sdk.Web project).</param>
/// <param name="ModelDirectory">The model bundle, handed to the project as <c>ServingModelDirectory</c>.</param>
/// <param name="Repository">The image's repository, e.g. <c>acme/churn-model</c>.</param>
/// <param name="Tags">The image's tags (at least one).</param>
/// <param name="Labels">OCI labels, e.g. from <see cref="ImageLineage.ToLabels"/>; they replace the SDK's own labels of the same key.</param>
/// <param name="ArchivePath">Where the image archive goes (written whole or not at all).</param>
/// <param name="PublishDirectory">Where the published app goes; the smoke test can run it from there without a daemon.</param>
public sealed record DaemonlessBuildRequest(
    string Project,
    string ModelDirectory,
    string Repository,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    string ArchivePath,
    string PublishDirectory)
{
    /// <summary>The official runtime-deps image: enough for a self-contained app.</summary>
    public static readonly ImageReference DefaultBaseImage = ImageReference.Parse("mcr.microsoft.com/dotnet/runtime-deps:10.0");

    /// <summary>The image the app is layered on. Default: <see cref="DefaultBaseImage"/>.</summary>
    public ImageReference BaseImage { get; init; } = DefaultBaseImage;

    /// <summary>Credentials for the base image's registry; null when it allows anonymous pulls (default).</summary>
    public RegistryCredentials? BaseImageCredentials { get; init; }
}
