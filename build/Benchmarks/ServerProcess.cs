using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>A server the benchmark started on a free loopback port; disposing stops it and its children (uvicorn's workers) by its process id.</summary>
internal sealed class ServerProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts <paramref name="arguments"/> (with <c>{port}</c> replaced by a free port) and waits until POSTing <paramref name="probe"/> to <paramref name="path"/> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(string fileName, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string path, string probe, CancellationToken cancellation)
    {
        var port = FreePort();
        var start = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument.Replace("{port}", port, StringComparison.Ordinal));
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var server = new ServerProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}{path}"));
        // Read what it prints as it goes: a full pipe would stall the server mid-benchmark.
        server._process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilAnsweringAsync(probe, cancellation);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>POSTs a JSON body and returns the answer's body, failing unless the status is 200.</summary>
    public async Task<string> PostAsync(string body, CancellationToken cancellation)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(Address, new StringContent(body, Encoding.UTF8, "application/json"), cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        return response.StatusCode == HttpStatusCode.OK
            ? text
            : throw new InvalidOperationException($"POST {Address} answered {(int)response.StatusCode}: {text}");
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

    private async Task WaitUntilAnsweringAsync(string probe, CancellationToken cancellation)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Patience)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} exited with {_process.ExitCode} before answering: {Printed()}");
            }

            try
            {
                await PostAsync(probe, cancellation);
                return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellation);
        }

        throw new InvalidOperationException($"{_process.StartInfo.FileName} did not answer POST {Address} within {Patience}: {Printed()}");
    }

    private void Keep(string? line)
    {
        lock (_output)
        {
            if (line is not null && _output.Length < 20_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private string Printed()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private static string FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
