namespace MlPipeline.Delivery.Registry;

/// <summary>How a <see cref="RegistryClient"/> reaches a registry.</summary>
public sealed record RegistryOptions
{
    /// <summary>The credentials, or null for an anonymous registry. Default: null.</summary>
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>
    /// Speak plain HTTP instead of HTTPS. Default: null, which means HTTP for loopback registries (127.0.0.0/8, ::1,
    /// localhost), as Docker and the .NET SDK treat them, and HTTPS for every other.
    /// </summary>
    public bool? Insecure { get; init; }

    /// <summary>How many times a transient failure (connection refused or reset, timeout, 408, 429, 5xx) is retried. Default: 3.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The wait before the first retry, doubled for each next one. Default: 1 second.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>What an authentication failure tells the user to set, e.g. the build's parameter names. Default: a generic hint.</summary>
    public string CredentialsHint { get; init; } = "the registry user name and password (or token) of an account that may push to it";

    /// <summary>The clock the retries wait on. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
