using System.Xml.Linq;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Processes;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.Building;

/// <summary>
/// Builds an image without a Docker daemon: the .NET SDK's own container support
/// (https://learn.microsoft.com/dotnet/core/containers/publish-configuration) publishes the project self-contained for
/// linux-x64 and layers it on the base image, written as an archive rather than pushed, so that pushing is its own,
/// retryable, skippable step.
/// </summary>
public static class DaemonlessImageBuilder
{
    // The SDK adds these labels itself unless told not to; ours must win when we give the same key.
    private static readonly Dictionary<string, string> SdkLabelSwitches = new(StringComparer.Ordinal)
    {
        ["org.opencontainers.image.created"] = "ContainerGenerateLabelsImageCreated",
        ["org.opencontainers.image.version"] = "ContainerGenerateLabelsImageVersion",
        ["org.opencontainers.image.revision"] = "ContainerGenerateLabelsImageRevision",
        ["org.opencontainers.image.source"] = "ContainerGenerateLabelsImageSource",
    };

    /// <exception cref="DeliveryException">Missing project or bundle, bad tags, or the publish failed (with its last output lines).</exception>
    public static async Task<PublishedImage> BuildAsync(DaemonlessBuildRequest request, IProgress<string> progress, CancellationToken cancellation)
    {
        Validate(request);
        var work = Directory.CreateTempSubdirectory("mlpipeline-publish-").FullName;
        try
        {
            var labels = Path.Combine(work, "labels.targets");
            WriteLabels(request.Labels, labels);
            var archive = Path.Combine(work, "image.tar");
            var outcome = await ChildProcess.RunAsync("dotnet", Arguments(request, labels, archive), Environment(request), progress, cancellation);
            if (outcome.ExitCode != 0 || !File.Exists(archive))
            {
                throw new DeliveryException(
                    DeliveryError.BuildFailed,
                    $"dotnet publish -t:PublishContainer of '{request.Project}' failed (exit code {outcome.ExitCode}):{System.Environment.NewLine}{string.Join(System.Environment.NewLine, outcome.Tail)}");
            }

            using var image = await ImageArchive.OpenAsync(archive, cancellation);
            var executable = Path.Combine(request.PublishDirectory, Path.GetFileName(image.Entrypoint.FirstOrDefault() ?? ""));
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.ArchivePath))!);
            File.Move(archive, request.ArchivePath, overwrite: true);
            return new PublishedImage(request.ArchivePath, image.Digest, executable);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Validate(DaemonlessBuildRequest request)
    {
        if (!File.Exists(request.Project))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The service project '{request.Project}' does not exist.");
        }

        if (!Directory.Exists(request.ModelDirectory))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The model bundle '{request.ModelDirectory}' does not exist; package the model first.");
        }

        if (request.Tags.Count == 0)
        {
            throw new DeliveryException(DeliveryError.InvalidInput, "An image needs at least one tag, e.g. the model version.");
        }

        // Parsed only to reject a bad repository or tag before a minute of publishing.
        foreach (var tag in request.Tags)
        {
            _ = ImageReference.Create(request.BaseImage.Registry, request.Repository, tag);
        }
    }

    private static List<string> Arguments(DaemonlessBuildRequest request, string labels, string archive)
    {
        var arguments = new List<string>
        {
            "publish", request.Project,
            "-c", "Release",
            "-r", "linux-x64",
            "--self-contained",
            "-o", request.PublishDirectory,
            "-t:PublishContainer",
            "-p:ContainerBaseImage=" + request.BaseImage,
            "-p:ContainerRepository=" + request.Repository,
            // Quoted, or MSBuild reads the ';' between tags as the start of another property.
            $"-p:ContainerImageTags=\"{string.Join(';', request.Tags)}\"",
            "-p:ContainerArchiveOutputPath=" + archive,
            "-p:ServingModelDirectory=" + Path.GetFullPath(request.ModelDirectory),
            "-p:CustomAfterMicrosoftCommonTargets=" + labels,
        };
        arguments.AddRange(SdkLabelSwitches.Where(pair => request.Labels.ContainsKey(pair.Key)).Select(pair => $"-p:{pair.Value}=false"));
        return arguments;
    }

    // Labels go into an imported file as ContainerLabel items: values with ';', '=' or quotes survive there, not on a command line.
    private static void WriteLabels(IReadOnlyDictionary<string, string> labels, string path)
    {
        var items = labels.Select(label => new XElement("ContainerLabel", new XAttribute("Include", Escape(label.Key)), new XAttribute("Value", Escape(label.Value))));
        new XDocument(new XElement("Project", new XElement("ItemGroup", items))).Save(path);
    }

    // MSBuild expands %XX, $(…) and @(…) in item specs; escape them so a label is taken literally.
    private static string Escape(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("$", "%24", StringComparison.Ordinal)
            .Replace("@", "%40", StringComparison.Ordinal).Replace(";", "%3B", StringComparison.Ordinal)
            .Replace("'", "%27", StringComparison.Ordinal).Replace("*", "%2A", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal);

    private static Dictionary<string, string> Environment(DaemonlessBuildRequest request)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        // The SDK speaks HTTPS unless told a registry is insecure; loopback registries (test and local ones) have no TLS.
        if (RegistryHost.IsLoopback(request.BaseImage.Registry))
        {
            environment["DOTNET_CONTAINER_INSECURE_REGISTRIES"] = request.BaseImage.Registry;
        }

        if (request.BaseImageCredentials is { } credentials)
        {
            environment["DOTNET_CONTAINER_REGISTRY_UNAME"] = credentials.Username;
            environment["DOTNET_CONTAINER_REGISTRY_PWORD"] = credentials.Password;
        }

        return environment;
    }
}
