using System.Diagnostics;

namespace MlPipeline.Components.Measurement;

/// <summary>The latency of scoring one row at a time, as a scoring service does: after a warm-up, over the rows in turn.</summary>
public sealed record RowLatency(double P50Milliseconds, double P99Milliseconds)
{
    private const int WarmUpRows = 20;
    private const int TimedRows = 200;

    /// <param name="scoreRow">Scores the row with this index (0 to <paramref name="rowCount"/> - 1).</param>
    public static RowLatency Measure(Action<int> scoreRow, int rowCount)
    {
        if (rowCount == 0)
        {
            return new RowLatency(double.NaN, double.NaN);
        }

        var latencies = new List<double>(TimedRows);
        for (var i = 0; i < WarmUpRows + TimedRows; i++)
        {
            var started = Stopwatch.GetTimestamp();
            scoreRow(i % rowCount);
            if (i >= WarmUpRows)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        latencies.Sort();
        return new RowLatency(Quantile(latencies, 0.50), Quantile(latencies, 0.99));
    }

    private static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
}
