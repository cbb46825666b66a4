using MlPipeline.Build;

namespace MlPipeline.Components.Delivery;

/// <summary>
/// The <c>PushImage</c> target: the built image into an OCI registry under the model version and the commit, and
/// <c>latest</c> when <c>--tag-latest</c> says this image is the one to deploy. It always asks the registry (it is never
/// up to date from local files alone), and sends nothing when the registry already has the image's digest under every tag.
/// </summary>
public interface IPushImage : IBuildImage
{
    [Parameter("The registry PushImage pushes to: host[:port][/namespace], e.g. ghcr.io/acme or 127.0.0.1:5000 (loopback registries are spoken to over HTTP)")]
    string? ImageRegistry => ParameterValue<string?>(null);

    [Parameter("Also tag the pushed image 'latest': set it in the build that deploys this model (./build.sh Register PushImage Promote --tag-latest)")]
    bool TagLatest => ParameterValue(false);

    [Secret]
    [Parameter("User name for --image-registry (or REGISTRY_USERNAME); none for an anonymous registry")]
    string? RegistryUsername => ParameterValue<string?>(null);

    [Secret]
    [Parameter("Password or token for --image-registry (or REGISTRY_PASSWORD)")]
    string? RegistryPassword => ParameterValue<string?>(null);

    Target PushImage => _ => _
        .Description("Push the built image to --image-registry, tagged with the model version and the commit (and latest with --tag-latest); skipped when the registry already has its digest; write artifacts/image/push.json")
        .DependsOn(BuildImage)
        .Requires(() => ImageRegistry)
        .Checks(() => ImageParameters.CheckPush(this))
        .Executes(cancellation => new ImagePush(this).RunAsync(cancellation));
}
