namespace MlPipeline.Delivery;

/// <summary>What kind of failure a <see cref="DeliveryException"/> is; stable, so callers and tests can branch on it.</summary>
public enum DeliveryError
{
    /// <summary>An argument is empty or malformed: an image reference, a digest, a path.</summary>
    InvalidInput,

    /// <summary>The registry cannot be reached (refused, timed out, DNS) even after the retries.</summary>
    RegistryUnreachable,

    /// <summary>The registry refused the credentials (401/403).</summary>
    Unauthorized,

    /// <summary>The registry answered with an error that retrying did not cure.</summary>
    RegistryFailed,

    /// <summary><c>dotnet publish</c> or the Docker daemon's build failed; the message carries their output.</summary>
    BuildFailed,

    /// <summary>The Docker daemon cannot be reached.</summary>
    DaemonUnavailable,

    /// <summary>The smoke test's service did not become ready, exited, or answered a prediction request with an error.</summary>
    SmokeTestFailed,
}
