using MlPipeline.Delivery.Images;

namespace MlPipeline.Components.Delivery;

/// <summary>The image parameters checked before any target runs, so a typo fails in a second rather than after training.</summary>
internal static class ImageParameters
{
    /// <exception cref="ArgumentException">A malformed --base-image, --image-repository, or a --dockerfile that does not exist.</exception>
    public static void CheckBuild(IBuildImage build)
    {
        Parameter("--base-image", () => ImageReference.Parse(build.BaseImage));
        if (build.ImageRepository is { } repository)
        {
            Parameter("--image-repository", () => ImageReference.Create("registry.example", repository));
        }

        if (build.Dockerfile is { } dockerfile && !File.Exists(dockerfile))
        {
            throw new ArgumentException($"--dockerfile {dockerfile} does not exist; give the path of your Dockerfile, or leave it out for the generated one.");
        }
    }

    /// <exception cref="ArgumentException">A malformed --image-registry.</exception>
    public static void CheckPush(IPushImage build)
    {
        if (build.ImageRegistry is { } registry)
        {
            // A namespace after the host (ghcr.io/acme) is allowed: it becomes the repository's first part.
            Parameter("--image-registry", () => ImageReference.Parse(registry.TrimEnd('/') + "/repository"));
        }

        if (build.RegistryUsername is null != build.RegistryPassword is null)
        {
            throw new ArgumentException("Only one of --registry-username and --registry-password is set; give both (or REGISTRY_USERNAME and REGISTRY_PASSWORD), or neither for an anonymous registry.");
        }
    }

    private static void Parameter(string name, Action parse)
    {
        try
        {
            parse();
        }
        catch (MlPipeline.Delivery.DeliveryException exception)
        {
            throw new ArgumentException($"{name}: {exception.Message}", exception);
        }
    }
}
