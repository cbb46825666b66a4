namespace MlPipeline.Delivery.Running;

/// <summary>Somewhere the service runs for a smoke test: a container or a process. Disposing stops and removes it.</summary>
public interface ISmokeHost : IAsyncDisposable
{
    /// <summary>Starts the service listening on <paramref name="port"/> of 127.0.0.1.</summary>
    Task StartAsync(int port, CancellationToken cancellation);

    /// <summary>Why the service is no longer running (exit code and last output), or null while it runs.</summary>
    Task<string?> FailureAsync(CancellationToken cancellation);
}
