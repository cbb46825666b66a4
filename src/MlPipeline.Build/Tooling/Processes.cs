using System.Diagnostics;

namespace MlPipeline.Build;

/// <summary>Runs external programs from targets, with their output going through the build's (secret-masking) console.</summary>
public static class Processes
{
    /// <summary>Runs a program to completion, streaming its output.</summary>
    /// <exception cref="ProcessFailedException">It could not start, or exited with a non-zero code.</exception>
    public static async Task RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var exitCode = await RunForExitCodeAsync(fileName, arguments, workingDirectory, cancellation, environment);
        if (exitCode != 0)
        {
            throw new ProcessFailedException($"'{fileName} {string.Join(' ', arguments)}' exited with code {exitCode} (in {workingDirectory}); its output is above.");
        }
    }

    /// <summary>Runs a program to completion, streaming its output, and returns its exit code.</summary>
    /// <exception cref="ProcessFailedException">It could not start.</exception>
    public static async Task<int> RunForExitCodeAsync(
        string fileName,
        IEnumerable<string> arguments,
        AbsolutePath workingDirectory,
        CancellationToken cancellation,
        IReadOnlyDictionary<string, string>? environment = null)
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

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(Console.Out, e.Data);
        process.ErrorDataReceived += (_, e) => Write(Console.Error, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new ProcessFailedException($"Could not start '{fileName}': {exception.Message}. Is it installed and on PATH?");
        }

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

        return process.ExitCode;
    }

    private static void Write(TextWriter writer, string? line)
    {
        if (line is not null)
        {
            writer.WriteLine(line);
        }
    }
}
