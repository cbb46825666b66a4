using System.Diagnostics;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Onnx;

/// <summary>What model.onnx costs to call, measured as serving calls it: one row at a time, and the benchmark rows as one batch.</summary>
internal sealed record OnnxLatency(double BatchRowsPerSecond, double P50Milliseconds, double P99Milliseconds)
{
    private const int WarmUpRows = 20;
    private const int TimedRows = 200;
    private const int BatchRuns = 5;

    public static OnnxLatency Measure(OnnxModelSession session, EncodedRows rows)
    {
        if (rows.RowCount == 0)
        {
            return new OnnxLatency(double.NaN, double.NaN, double.NaN);
        }

        var latencies = new List<double>(TimedRows);
        for (var i = 0; i < WarmUpRows + TimedRows; i++)
        {
            var row = rows.Features.AsSpan((i % rows.RowCount) * rows.FeatureCount, rows.FeatureCount);
            var started = Stopwatch.GetTimestamp();
            session.Run(row, 1, rows.FeatureCount);
            if (i >= WarmUpRows)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var batches = new List<double>(BatchRuns);
        for (var i = 0; i < BatchRuns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            session.Run(rows.Features, rows.RowCount, rows.FeatureCount);
            batches.Add(rows.RowCount / Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        latencies.Sort();
        batches.Sort();
        return new OnnxLatency(batches[BatchRuns / 2], Quantile(latencies, 0.50), Quantile(latencies, 0.99));
    }

    private static double Quantile(List<double> sorted, double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
}
