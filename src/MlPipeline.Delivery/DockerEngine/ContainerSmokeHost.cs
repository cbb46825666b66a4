using Docker.DotNet;
using Docker.DotNet.Models;
using MlPipeline.Delivery.Images;
using MlPipeline.Delivery.Registry;
using MlPipeline.Delivery.Running;

namespace MlPipeline.Delivery.DockerEngine;

/// <summary>
/// The pushed image pulled and run by a Docker daemon. The container shares the host's network: the smoke test then
/// reaches it on 127.0.0.1 on daemons without a bridge network (<c>--bridge=none</c>) as well as with one.
/// </summary>
public sealed class ContainerSmokeHost(DockerClient client, ImageReference image, RegistryCredentials? credentials = null) : ISmokeHost
{
    private string? _container;

    public async Task StartAsync(int port, CancellationToken cancellation)
    {
        var messages = new DockerDaemon.Messages(new Progress<string>());
        var name = $"{image.Registry}/{image.Repository}";
        await DockerDaemon.CallAsync(client, async () =>
        {
            await client.Images.CreateImageAsync(
                new ImagesCreateParameters { FromImage = name, Tag = image.Digest?.Value ?? image.Tag ?? "latest" },
                DockerDaemon.Auth(credentials, image.Registry),
                messages,
                cancellation);
            return true;
        });
        if (messages.Error is { } error)
        {
            throw new DeliveryException(DeliveryError.SmokeTestFailed, $"The Docker daemon could not pull {image}: {error}");
        }

        var created = await DockerDaemon.CallAsync(client, () => client.Containers.CreateContainerAsync(
            new CreateContainerParameters
            {
                Image = image.ToString(),
                Env = [$"ASPNETCORE_URLS=http://127.0.0.1:{port}"],
                HostConfig = new HostConfig { NetworkMode = "host" },
            },
            cancellation));
        _container = created.ID;
        await DockerDaemon.CallAsync(client, () => client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellation));
    }

    public async Task<string?> FailureAsync(CancellationToken cancellation)
    {
        if (_container is null)
        {
            return null;
        }

        var state = (await DockerDaemon.CallAsync(client, () => client.Containers.InspectContainerAsync(_container, cancellation))).State;
        if (state.Running)
        {
            return null;
        }

        using var logs = await client.Containers.GetContainerLogsAsync(_container, tty: false, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = "20" }, cancellation);
        var (stdout, stderr) = await logs.ReadOutputToEndAsync(cancellation);
        return $"the container of {image} exited with code {state.ExitCode}: {stdout}{stderr}".TrimEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            // Whatever happened, and even when the caller was cancelled: never leave the container behind.
            await client.Containers.RemoveContainerAsync(_container, new ContainerRemoveParameters { Force = true }, CancellationToken.None);
        }
    }
}
