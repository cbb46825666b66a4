using MlPipeline.Components.Measurement;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Features;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.Gates;

/// <summary>What a model costs to ship and to call: its file size and the latency of scoring one row, as the serving app does.</summary>
internal static class OperationalMeasurement
{
    public static IReadOnlyDictionary<string, double> Measure(ITrainer trainer, byte[] model, EncodedRows rows, TrainingTask task)
    {
        // One thread: a scoring service answers one request per thread, and thread start-up would dominate one row.
        using var scorer = trainer.Load(model, task, threads: 1);
        var latency = RowLatency.Measure(row => scorer.Predict(rows.Features.AsSpan(row * rows.FeatureCount, rows.FeatureCount), 1, rows.FeatureCount), rows.RowCount);
        return new Dictionary<string, double>
        {
            [GateMetrics.ModelSizeBytes] = model.Length,
            [GateMetrics.PredictLatencyP50Ms] = latency.P50Milliseconds,
            [GateMetrics.PredictLatencyP99Ms] = latency.P99Milliseconds,
        };
    }
}
