using System.Diagnostics;

namespace MlPipeline.Build;

/// <summary>Runs external programs from targets, with their output going through the build's (secret-masking) console.</summary>
public static class Processes
{
    /// <summary>Runs a program to completion, streaming its output.</summary>
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    /// <exception cref="ProcessFailedException">It could not start, or exited with a non-zero code.</exception>
    public static async Task RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        var argumentList = arguments.ToList();
        var exitCode = await RunForExitCodeAsync(fileName, argumentList, workingDirectory, cancellation, environment);
        if (exitCode != 0)
        {
            throw new ProcessFailedException($"'{fileName} {string.Join(' ', argumentList)}' exited with code {exitCode} (in {workingDirectory}); its output is above.");
        }
    }

    /// <summary>Runs a program to completion, streaming its output, and returns its exit code.</summary>
    /// <exception cref="ProcessFailedException">It could not start.</exception>
    public static async Task<int> RunForExitCodeAsync(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(fileName, arguments, workingDirectory, environment, process =>
        {
            process.OutputDataReceived += (_, e) => Write(Console.Out, e.Data);
            process.ErrorDataReceived += (_, e) => Write(Console.Error, e.Data);
        });
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitAsync(process, cancellation);
        return process.ExitCode;
    }

    /// <summary>Runs a program to completion and returns what it printed instead of showing it.</summary>
    /// <exception cref="ProcessFailedException">It could not start.</exception>
    public static async Task<ProcessOutput> CaptureAsync(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(fileName, arguments, workingDirectory, environment, _ => { });
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await WaitAsync(process, cancellation);
        return new ProcessOutput(process.ExitCode, await output, await error);
    }

    private static Process Start(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        IReadOnlyDictionary<string, string?>? environment,
        Action<Process> beforeStart)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        beforeStart(process);
        try
        {
            process.Start();
            return process;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new ProcessFailedException($"Could not start '{fileName}': {exception.Message}. Is it installed and on PATH?");
        }
    }

    private static async Task WaitAsync(Process process, CancellationToken cancellation)
    {
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static void Write(TextWriter writer, string? line)
    {
        if (line is not null)
        {
            writer.WriteLine(line);
        }
    }
}
