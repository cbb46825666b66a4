namespace MlPipeline.Components.Delivery;

/// <summary>The <c>--image-builder</c> choices.</summary>
public enum ImageBuilderKind
{
    /// <summary>The .NET SDK's container publishing: no Docker daemon needed.</summary>
    Daemonless,

    /// <summary>A Dockerfile built by a Docker daemon through its Engine API.</summary>
    Docker,
}
