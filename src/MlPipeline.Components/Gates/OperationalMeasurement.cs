using MlPipeline.Components.Measurement;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.Gates;

/// <summary>What a model costs to ship and to call: its file size and the latency of scoring one row, as the serving app does.</summary>
internal static class OperationalMeasurement
{
    public static IReadOnlyDictionary<string, double> Measure(byte[] model, EncodedRows rows)
    {
        using var booster = Booster.Load(model);
        // One thread: a scoring service answers one request per thread, and thread start-up would dominate one row.
        booster.SetParameter("nthread", "1");
        var latency = RowLatency.Measure(
            row =>
            {
                using var matrix = DMatrix.Create(rows.Features.AsSpan(row * rows.FeatureCount, rows.FeatureCount), 1, rows.FeatureCount, threads: 1);
                booster.Predict(matrix);
            },
            rows.RowCount);
        return new Dictionary<string, double>
        {
            [GateMetrics.ModelSizeBytes] = model.Length,
            [GateMetrics.PredictLatencyP50Ms] = latency.P50Milliseconds,
            [GateMetrics.PredictLatencyP99Ms] = latency.P99Milliseconds,
        };
    }
}
