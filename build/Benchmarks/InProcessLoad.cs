using System.Diagnostics;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>The same closed loop as wrk's, in this process: <c>concurrency</c> threads, each calling again as soon as its last call returns.</summary>
internal static class InProcessLoad
{
    public static LoadResult Run(Action call, int rowsPerRequest, int concurrency, TimeSpan duration)
    {
        var latencies = Enumerable.Range(0, concurrency).Select(_ => new List<long>()).ToArray();
        using var start = new Barrier(concurrency + 1);
        var stopAt = 0L;
        var threads = latencies.Select(mine => new Thread(() =>
        {
            start.SignalAndWait();
            while (true)
            {
                var begun = Stopwatch.GetTimestamp();
                if (begun >= Volatile.Read(ref stopAt))
                {
                    return;
                }

                call();
                mine.Add(Stopwatch.GetTimestamp() - begun);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        var started = Stopwatch.GetTimestamp();
        Volatile.Write(ref stopAt, started + (long)(duration.TotalSeconds * Stopwatch.Frequency));
        start.SignalAndWait();
        threads.ForEach(t => t.Join());
        var elapsed = Stopwatch.GetElapsedTime(started);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, elapsed, rowsPerRequest, Milliseconds(all, 0.50), Milliseconds(all, 0.99));
    }

    private static double Milliseconds(long[] sortedTicks, double percentile) =>
        sortedTicks[Math.Max(0, (int)Math.Ceiling(percentile * sortedTicks.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
