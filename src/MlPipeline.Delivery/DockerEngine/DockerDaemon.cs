using Docker.DotNet;
using Docker.DotNet.Models;
using MlPipeline.Delivery.Registry;

namespace MlPipeline.Delivery.DockerEngine;

/// <summary>Helpers shared by everything that talks to the Docker Engine API.</summary>
internal static class DockerDaemon
{
    /// <summary>Registry credentials as the Engine API's X-Registry-Auth wants them; null stays null (anonymous).</summary>
    public static AuthConfig? Auth(RegistryCredentials? credentials, string registry) =>
        credentials is null ? null : new AuthConfig { Username = credentials.Username, Password = credentials.Password, ServerAddress = registry };

    /// <summary>Runs a daemon call, turning "cannot connect" into one message that says which daemon.</summary>
    public static async Task<T> CallAsync<T>(DockerClient client, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (exception is HttpRequestException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new DeliveryException(
                DeliveryError.DaemonUnavailable,
                $"Cannot reach the Docker daemon at {client.Configuration.EndpointBaseUri} ({exception.Message}). Start it, point DOCKER_HOST at it, or use the daemonless image builder.",
                exception);
        }
    }

    /// <summary>A progress sink for the daemon's JSON messages: each becomes a line, and the first error is kept.</summary>
    public sealed class Messages(IProgress<string> progress) : IProgress<JSONMessage>
    {
        private readonly List<string> _lines = [];

        public string? Error { get; private set; }

        /// <summary>The last lines, for an error message.</summary>
        public string Tail
        {
            get
            {
                lock (_lines)
                {
                    return string.Join(Environment.NewLine, _lines.TakeLast(15));
                }
            }
        }

        public void Report(JSONMessage value)
        {
            var error = value.Error?.Message ?? value.ErrorMessage;
            if (!string.IsNullOrEmpty(error))
            {
                Error ??= error.Trim();
            }

            var line = (value.Stream ?? value.Status ?? error)?.TrimEnd();
            if (string.IsNullOrEmpty(line))
            {
                return;
            }

            line = value.ID is { Length: > 0 } id ? $"{id}: {line}" : line;
            lock (_lines)
            {
                _lines.Add(line);
            }

            progress.Report(line);
        }
    }
}
