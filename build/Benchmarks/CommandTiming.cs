using System.Diagnostics;
using System.Globalization;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>Wall-clock times of one command over repeated runs, after warm-up runs that are not counted.</summary>
internal sealed record CommandTiming(string Command, IReadOnlyList<TimeSpan> Runs)
{
    public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);

    public TimeSpan Fastest => Runs.Min();

    public string MedianMilliseconds => Median.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    public string FastestMilliseconds => Fastest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    public static async Task<CommandTiming> MeasureAsync(string display, string fileName, IReadOnlyList<string> arguments, string workingDirectory, int runs, CancellationToken cancellation)
    {
        for (var i = 0; i < 2; i++)
        {
            await RunOnceAsync(display, fileName, arguments, workingDirectory, cancellation);
        }

        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            times.Add(await RunOnceAsync(display, fileName, arguments, workingDirectory, cancellation));
        }

        return new CommandTiming(display, times);
    }

    private static async Task<TimeSpan> RunOnceAsync(string display, string fileName, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellation);
        var error = process.StandardError.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        stopwatch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Benchmark command '{display}' exited with code {process.ExitCode}:\n{await output}\n{await error}");
        }

        return stopwatch.Elapsed;
    }
}
