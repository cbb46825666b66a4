using System.Diagnostics;

namespace MlPipeline.Registry.Tests.Support;

/// <summary>A real MlPipeline.Registry.Worker process (see its Program.cs for the commands).</summary>
internal sealed class WorkerProcess : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public static WorkerProcess Start(params string[] arguments)
    {
        var host = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MlPipeline.Registry.Worker.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new WorkerProcess(Process.Start(start)!);
    }

    /// <summary>Waits for the worker to exit and returns what it printed; fails the test on a non-zero exit.</summary>
    public async Task<string[]> OutputLinesAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var output = _process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = _process.StandardError.ReadToEndAsync(timeout.Token);
        await _process.WaitForExitAsync(timeout.Token);
        Assert.True(_process.ExitCode == 0, $"The worker exited with {_process.ExitCode}: {await error}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Waits until the worker prints <paramref name="line"/>.</summary>
    public async Task WaitForLineAsync(string line)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await _process.StandardOutput.ReadLineAsync(timeout.Token) is { } printed)
        {
            if (printed == line)
            {
                return;
            }
        }

        Assert.Fail($"The worker exited with {_process.ExitCode} before printing '{line}': {await _process.StandardError.ReadToEndAsync(timeout.Token)}");
    }

    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }
}
