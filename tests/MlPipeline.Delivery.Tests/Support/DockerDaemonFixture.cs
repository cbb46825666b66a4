using Docker.DotNet;
using MlPipeline.Testing.Delivery;

namespace MlPipeline.Delivery.Tests.Support;

/// <summary>The shared <see cref="LocalDockerDaemon"/> as an xunit class fixture.</summary>
public sealed class DockerDaemonFixture : IAsyncLifetime
{
    private LocalDockerDaemon? _daemon;

    public DockerClient Client => _daemon!.Client;

    public async Task InitializeAsync() => _daemon = await LocalDockerDaemon.StartAsync();

    public async Task DisposeAsync()
    {
        if (_daemon is not null)
        {
            await _daemon.DisposeAsync();
        }
    }
}
