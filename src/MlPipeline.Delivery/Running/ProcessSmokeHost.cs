using System.Diagnostics;
using MlPipeline.Delivery.Processes;

namespace MlPipeline.Delivery.Running;

/// <summary>The published app run directly, for machines without a Docker daemon.</summary>
/// <param name="executable">The published app's executable, e.g. <see cref="Building.PublishedImage.Executable"/>.</param>
public sealed class ProcessSmokeHost(string executable) : ISmokeHost
{
    private readonly Queue<string> _output = new();
    private Process? _process;

    public Task StartAsync(int port, CancellationToken cancellation)
    {
        if (!File.Exists(executable))
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"The published service '{executable}' does not exist; build the image first.");
        }

        _process = ChildProcess.Start(executable, [], new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["DOTNET_NOLOGO"] = "1",
        });
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        return Task.CompletedTask;
    }

    public Task<string?> FailureAsync(CancellationToken cancellation)
    {
        if (_process is not { HasExited: true })
        {
            return Task.FromResult<string?>(null);
        }

        lock (_output)
        {
            return Task.FromResult<string?>($"'{executable}' exited with code {_process.ExitCode}: {string.Join(Environment.NewLine, _output)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 20)
            {
                _output.Dequeue();
            }
        }
    }
}
