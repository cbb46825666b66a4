using System.Diagnostics;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.Gates;

/// <summary>What a model costs to ship and to call: its file size and the latency of scoring one row, as the serving app does.</summary>
internal static class OperationalMeasurement
{
    private const int WarmUpRows = 20;
    private const int TimedRows = 200;

    public static IReadOnlyDictionary<string, double> Measure(byte[] model, EncodedRows rows)
    {
        using var booster = Booster.Load(model);
        // One thread: a scoring service answers one request per thread, and thread start-up would dominate one row.
        booster.SetParameter("nthread", "1");
        var latencies = new List<double>(TimedRows);
        for (var i = 0; i < WarmUpRows + TimedRows && rows.RowCount > 0; i++)
        {
            var row = rows.Features.AsSpan((i % rows.RowCount) * rows.FeatureCount, rows.FeatureCount);
            var started = Stopwatch.GetTimestamp();
            using (var matrix = DMatrix.Create(row, 1, rows.FeatureCount, threads: 1))
            {
                booster.Predict(matrix);
            }

            if (i >= WarmUpRows)
            {
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        latencies.Sort();
        return new Dictionary<string, double>
        {
            [GateMetrics.ModelSizeBytes] = model.Length,
            [GateMetrics.PredictLatencyP50Ms] = Quantile(latencies, 0.50),
            [GateMetrics.PredictLatencyP99Ms] = Quantile(latencies, 0.99),
        };
    }

    private static double Quantile(List<double> sorted, double q) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
}
