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

    public string MedianSeconds => Median.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    public string FastestSeconds => Fastest.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs the commands in turn, round after round, rather than each one's runs back to back: on a shared machine a slow
    /// spell then falls on every command alike instead of on whichever was being measured, and run i of each is a pair.
    /// </summary>
    public static async Task<IReadOnlyList<CommandTiming>> MeasureAsync(IReadOnlyList<TimedCommand> commands, AbsolutePath workingDirectory, int runs, CancellationToken cancellation, int warmups = 2)
    {
        for (var i = 0; i < warmups; i++)
        {
            foreach (var command in commands)
            {
                await RunOnceAsync(command, workingDirectory, cancellation);
            }
        }

        var times = commands.Select(_ => new List<TimeSpan>()).ToList();
        for (var i = 0; i < runs; i++)
        {
            for (var c = 0; c < commands.Count; c++)
            {
                times[c].Add(await RunOnceAsync(commands[c], workingDirectory, cancellation));
            }
        }

        return commands.Select((command, c) => new CommandTiming(command.Display, times[c])).ToList();
    }

    /// <summary>The median over runs of this run's time divided by the same run of <paramref name="other"/> (measured together).</summary>
    public double MedianRatioTo(CommandTiming other)
    {
        var ratios = Runs.Zip(other.Runs, (mine, theirs) => mine / theirs).Order().ToList();
        return ratios[ratios.Count / 2];
    }

    private static async Task<TimeSpan> RunOnceAsync(TimedCommand command, AbsolutePath workingDirectory, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var outcome = await Processes.CaptureAsync(command.FileName, command.Arguments, workingDirectory, cancellation);
        stopwatch.Stop();
        return outcome.ExitCode == 0
            ? stopwatch.Elapsed
            : throw new InvalidOperationException($"Benchmark command '{command.Display}' failed: {outcome}");
    }
}
