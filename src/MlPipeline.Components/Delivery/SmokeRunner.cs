namespace MlPipeline.Components.Delivery;

/// <summary>The <c>--smoke-runner</c> choices: where SmokeTest runs the service.</summary>
public enum SmokeRunner
{
    /// <summary>A container when a Docker daemon answers, else the published app as a process.</summary>
    Auto,

    /// <summary>The pushed image, pulled and run by the Docker daemon.</summary>
    Container,

    /// <summary>The published app (the image's contents) run directly, for machines without a daemon.</summary>
    Process,
}
