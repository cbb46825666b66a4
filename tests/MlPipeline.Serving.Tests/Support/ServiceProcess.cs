using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MlPipeline.Serving.Tests.Support;

/// <summary>The built service (MlPipeline.Serving.dll) started as its own process on a free loopback port.</summary>
internal sealed class ServiceProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public static Process Run(params string[] arguments)
    {
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MlPipeline.Serving.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    /// <summary>Starts the service and waits until /v2/health/ready answers 200.</summary>
    public static async Task<ServiceProcess> StartAsync(string modelDirectory)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var service = new ServiceProcess(Run("--model-dir", modelDirectory, "--urls", address.ToString()), address);
        using var client = new HttpClient { BaseAddress = address };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < Patience)
        {
            if (service.HasExited)
            {
                Assert.Fail($"The service exited with {service.ExitCode} before it was ready: {await service._process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var ready = await client.GetAsync("/v2/health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        service.Dispose();
        Assert.Fail($"The service was not ready at {address} within {Patience}.");
        return null!;
    }

    /// <summary>Sends SIGTERM, as a container runtime does, and waits for the process to exit.</summary>
    public async Task<int> TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
