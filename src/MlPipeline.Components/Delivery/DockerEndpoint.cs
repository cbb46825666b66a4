using Docker.DotNet;

namespace MlPipeline.Components.Delivery;

/// <summary>The Docker daemon the build talks to: --docker-host (or DOCKER_HOST), else the default socket.</summary>
internal static class DockerEndpoint
{
    public const string DefaultHost = "unix:///var/run/docker.sock";

    public static string Address(IBuildImage build) => build.DockerHost ?? DefaultHost;

    public static DockerClient Connect(IBuildImage build) => new DockerClientConfiguration(new Uri(Address(build))).CreateClient();

    /// <summary>A client when the daemon answers a ping, else null.</summary>
    public static async Task<DockerClient?> TryConnectAsync(IBuildImage build, CancellationToken cancellation)
    {
        var client = Connect(build);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await client.System.PingAsync(timeout.Token);
            return client;
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or IOException or TimeoutException or DockerApiException
            || (exception is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            client.Dispose();
            return null;
        }
    }
}
