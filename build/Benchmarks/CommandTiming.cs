using System.Diagnostics;
using System.Globalization;
using MlPipeline.Build;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>Wall-clock times of one command over repeated runs, after warm-up runs that are not counted.</summary>
internal sealed record CommandTiming(string Command, IReadOnlyList<TimeSpan> Runs)
{
    public TimeSpan Median => Runs.Order().ElementAt(Runs.Count / 2);

    public TimeSpan Fastest => Runs.Min();

    public string MedianMilliseconds => Median.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    public string FastestMilliseconds => Fastest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);

    public static async Task<CommandTiming> MeasureAsync(string display, string fileName, IReadOnlyList<string> arguments, AbsolutePath workingDirectory, int runs, CancellationToken cancellation, int warmups = 2)
    {
        for (var i = 0; i < warmups; i++)
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

    private static async Task<TimeSpan> RunOnceAsync(string display, string fileName, IReadOnlyList<string> arguments, AbsolutePath workingDirectory, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = await Processes.CaptureAsync(fileName, arguments, workingDirectory, cancellation);
        stopwatch.Stop();
        return outcome.ExitCode == 0
            ? stopwatch.Elapsed
            : throw new InvalidOperationException($"Benchmark command '{display}' failed: {outcome}");
    }
}
