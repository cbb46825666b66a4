using System.Net;

namespace MlPipeline.Delivery.Registry;

/// <summary>Facts about a registry's host part (<c>host[:port]</c>).</summary>
internal static class RegistryHost
{
    /// <summary>
    /// Loopback registries (127.0.0.0/8, ::1, localhost) are spoken to over plain HTTP, as Docker and the .NET SDK do by
    /// default: a registry on this machine for tests or a local cache has no certificate.
    /// </summary>
    public static bool IsLoopback(string registry)
    {
        var host = registry.StartsWith('[') ? registry[1..registry.IndexOf(']', StringComparison.Ordinal)] : registry.Split(':')[0];
        return host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
