using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Serving;
using MlPipeline.Delivery.Building;

namespace MlPipeline.Components.Delivery;

/// <summary>
/// The <c>BuildImage</c> target: the scoring service (self-contained for linux-x64, ONNX Runtime included) with the model
/// bundle inside, as an OCI image whose labels say which model version, data, commit and metrics it serves.
/// </summary>
public interface IBuildImage : IPackageModel
{
    [Parameter("How BuildImage builds the image: daemonless (the .NET SDK's container publishing; no Docker needed) or docker (a Dockerfile through the Docker Engine API)")]
    ImageBuilderKind ImageBuilder => ParameterValue(ImageBuilderKind.Daemonless);

    [Parameter("The image the service is layered on; a self-contained app needs only the C runtime (FROM of the generated Dockerfile for the docker builder)")]
    string BaseImage => ParameterValue(DaemonlessBuildRequest.DefaultBaseImage.ToString());

    [Parameter("The image's repository in the registry, e.g. acme/churn-model; default: the model's name (the registered name, else the dataset's)")]
    string? ImageRepository => ParameterValue<string?>(null);

    [Parameter("The Dockerfile of the docker builder; its build context holds app/ (the published service, the model in app/model/). Default: FROM --base-image, COPY app/ /app/")]
    AbsolutePath? Dockerfile => ParameterValue<AbsolutePath?>(null);

    [Parameter("The Docker daemon for the docker builder, PushImage of its images and SmokeTest: unix:///path/docker.sock or tcp://host:port; default: unix:///var/run/docker.sock")]
    string? DockerHost => ParameterValue<string?>(null);

    /// <summary>The service project the image holds; a repository with its own service overrides this.</summary>
    AbsolutePath ServingProject => RootDirectory / "src" / "MlPipeline.Serving" / "MlPipeline.Serving.csproj";

    Target BuildImage => _ => _
        .Description("Build the scoring service and the packaged model into an OCI image (--image-builder daemonless|docker) labelled with the model's lineage; write artifacts/image/image.tar (daemonless), app/ and image.json")
        .DependsOn(PackageModel)
        .Inputs([ServingBundle, .. ServiceSources.Of(ServingProject), .. Dockerfile is null ? [] : new[] { Dockerfile }])
        .Reads(() => ImageBuilder, () => BaseImage, () => ImageRepository, () => Dockerfile)
        .Checks(() => ImageParameters.CheckBuild(this))
        .Produces(ArtifactPaths.Image.Record(this), ArtifactPaths.Image.Archive(this), ArtifactPaths.Image.App(this))
        .Executes(cancellation => new ImageBuild(this).RunAsync(cancellation));
}
