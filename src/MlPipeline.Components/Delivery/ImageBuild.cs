using System.Globalization;
using System.Text.Json.Nodes;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Lineage;
using MlPipeline.Delivery.Building;
using MlPipeline.Delivery.DockerEngine;
using MlPipeline.Delivery.Images;
using MlPipeline.Serving.Bundle;

namespace MlPipeline.Components.Delivery;

/// <summary>What <see cref="IBuildImage.BuildImage"/> does.</summary>
internal sealed class ImageBuild(IBuildImage build)
{
    private const string ServiceExecutable = "MlPipeline.Serving";

    public async Task RunAsync(CancellationToken cancellation)
    {
        var bundle = LoadBundle();
        var repository = Repository(bundle);
        var revision = await GitRevision.ReadAsync(build.RootDirectory, cancellation);
        var version = bundle.Registration is null ? "unregistered" : bundle.Version;
        var tags = Tags(bundle, revision);
        var lineage = new ImageLineage(revision.Commit, version, build.Time.GetUtcNow(), DataHash: bundle.Training.Provenance.DataHash, Metrics: Metrics(bundle));
        var labels = new SortedDictionary<string, string>(lineage.ToLabels().ToDictionary(), StringComparer.Ordinal)
        {
            [ImageLineage.LabelPrefix + "model.name"] = bundle.Name,
            [ImageLineage.LabelPrefix + "model.sha256"] = bundle.Training.Provenance.ModelSha256,
        };

        // What a previous build left must not pass for this one's.
        if (Directory.Exists(ArtifactPaths.Image.App(build)))
        {
            Directory.Delete(ArtifactPaths.Image.App(build), recursive: true);
        }

        if (File.Exists(ArtifactPaths.Image.Archive(build)))
        {
            File.Delete(ArtifactPaths.Image.Archive(build));
        }

        var record = build.ImageBuilder == ImageBuilderKind.Docker
            ? await DockerAsync(repository, tags, labels, version, cancellation)
            : await DaemonlessAsync(repository, tags, labels, version, cancellation);
        ArtifactJson.Write(ArtifactPaths.Image.Record(build), record);
        build.Log.Information(
            $"Built {record.Reference} ({build.ImageBuilder.ToString().ToLowerInvariant()}{(record.Digest is null ? "" : ", " + record.Digest)}) on {build.BaseImage}: "
            + $"{bundle.Name} version {version}, commit {revision.Commit}; tags {string.Join(", ", tags)}; {ArtifactPaths.Image.Record(build).RelativeTo(build.RootDirectory)}.");
    }

    private async Task<ImageRecord> DaemonlessAsync(
        string repository, IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> labels, string version, CancellationToken cancellation)
    {
        var request = new DaemonlessBuildRequest(build.ServingProject, build.ServingBundle, repository, tags, labels, ArtifactPaths.Image.Archive(build), ArtifactPaths.Image.App(build))
        {
            BaseImage = ImageReference.Parse(build.BaseImage),
        };
        var image = await DaemonlessImageBuilder.BuildAsync(request, new LogLines(build.Log), cancellation);
        return Record("daemonless", repository, tags, labels, version, image.Digest.Value, imageId: null, ArtifactPaths.Image.Archive(build).RelativeTo(build.RootDirectory), image.Executable);
    }

    private async Task<ImageRecord> DockerAsync(
        string repository, IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> labels, string version, CancellationToken cancellation)
    {
        var context = Directory.CreateTempSubdirectory("mlpipeline-docker-context-").FullName;
        try
        {
            var app = Path.Combine(context, "app");
            await Processes.RunAsync(
                "dotnet",
                ["publish", build.ServingProject, "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", app, "-p:ServingModelDirectory=" + build.ServingBundle],
                build.RootDirectory,
                cancellation);
            await File.WriteAllTextAsync(
                Path.Combine(context, "Dockerfile"),
                build.Dockerfile is { } dockerfile ? await File.ReadAllTextAsync(dockerfile, cancellation) : DefaultDockerfile(),
                cancellation);
            using var client = DockerEndpoint.Connect(build);
            var local = LocalImage(repository, tags[0]);
            var id = await DockerImageBuilder.BuildAsync(client, new DockerBuildRequest(context, local, labels), new LogLines(build.Log), cancellation);
            CopyDirectory(app, ArtifactPaths.Image.App(build));
            return Record("docker", repository, tags, labels, version, digest: null, id, archive: null, Path.Combine(ArtifactPaths.Image.App(build), ServiceExecutable));
        }
        finally
        {
            Directory.Delete(context, recursive: true);
        }
    }

    /// <summary>How the docker builder names its image in the daemon until PushImage tags it for a registry.</summary>
    public static ImageReference LocalImage(string repository, string tag) => ImageReference.Create("localhost", repository, tag);

    private ImageRecord Record(
        string builder, string repository, IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> labels, string version, string? digest, string? imageId, string? archive, string executable) =>
        new(builder, repository, $"{repository}:{tags[0]}", tags, digest, imageId, archive, AbsolutePath.Create(executable).RelativeTo(build.RootDirectory), build.BaseImage, version, labels);

    private string DefaultDockerfile() => $"""
        FROM {build.BaseImage}
        COPY app/ /app/
        WORKDIR /app
        ENTRYPOINT ["/app/{ServiceExecutable}"]

        """;

    private ModelBundle LoadBundle()
    {
        try
        {
            return ModelBundle.Load(build.ServingBundle);
        }
        catch (BundleException exception)
        {
            throw new InvalidOperationException($"The model bundle cannot go into an image: {exception.Message}", exception);
        }
    }

    private string Repository(ModelBundle bundle)
    {
        var repository = build.ImageRepository ?? bundle.Name.ToLowerInvariant();
        try
        {
            return ImageReference.Create("registry.example", repository).Repository;
        }
        catch (MlPipeline.Delivery.DeliveryException exception)
        {
            throw new InvalidOperationException($"The model's name '{bundle.Name}' cannot name an image repository ({exception.Message}); set --image-repository.", exception);
        }
    }

    /// <summary>The model version (or, unregistered, the model's hash) and the commit: what a deployment pins.</summary>
    private static List<string> Tags(ModelBundle bundle, GitRevision revision)
    {
        var tags = new List<string> { bundle.Registration is null ? "unregistered-" + bundle.Training.Provenance.ModelSha256.Split(':')[^1][..12] : bundle.Version };
        if (revision.Commit != "unknown")
        {
            tags.Add(revision.Commit[..12] + (revision.Dirty ? "-dirty" : ""));
        }

        return tags;
    }

    private static Dictionary<string, double> Metrics(ModelBundle bundle) =>
        bundle.Metrics["metrics"] is JsonObject metrics
            ? metrics.Where(metric => metric.Value is JsonValue value && value.TryGetValue<double>(out _))
                .ToDictionary(metric => metric.Key, metric => metric.Value!.GetValue<double>(), StringComparer.Ordinal)
            : [];

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
