using System.Diagnostics;

namespace MlPipeline.Delivery.Processes;

/// <summary>Runs a program to its end, each output line to a progress sink; killed with its children when cancelled.</summary>
internal static class ChildProcess
{
    private const int TailLines = 40;

    public static async Task<ProcessOutcome> RunAsync(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        IProgress<string> progress,
        CancellationToken cancellation)
    {
        using var process = Start(program, arguments, environment);
        var tail = new Queue<string>();
        void Line(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (tail)
            {
                tail.Enqueue(line);
                if (tail.Count > TailLines)
                {
                    tail.Dequeue();
                }
            }

            progress.Report(line);
        }

        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        lock (tail)
        {
            return new ProcessOutcome(process.ExitCode, [.. tail]);
        }
    }

    /// <summary>Starts a program whose output is redirected (read it, or it blocks when the pipe fills).</summary>
    public static Process Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new DeliveryException(DeliveryError.InvalidInput, $"Cannot start '{program}': {exception.Message}. Is it installed and on PATH?", exception);
        }
    }
}
