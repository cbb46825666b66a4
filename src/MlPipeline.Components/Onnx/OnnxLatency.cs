using System.Diagnostics;
using MlPipeline.Components.Measurement;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Onnx;

/// <summary>What model.onnx costs to call, measured as serving calls it: one row at a time, and the benchmark rows as one batch.</summary>
internal sealed record OnnxLatency(double BatchRowsPerSecond, RowLatency OneRow)
{
    private const int BatchRuns = 5;

    public static OnnxLatency Measure(OnnxModelSession session, EncodedRows rows)
    {
        var oneRow = RowLatency.Measure(row => session.Run(rows.Features.AsSpan(row * rows.FeatureCount, rows.FeatureCount), 1, rows.FeatureCount), rows.RowCount);
        if (rows.RowCount == 0)
        {
            return new OnnxLatency(double.NaN, oneRow);
        }

        var batches = new List<double>(BatchRuns);
        for (var i = 0; i < BatchRuns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            session.Run(rows.Features, rows.RowCount, rows.FeatureCount);
            batches.Add(rows.RowCount / Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        batches.Sort();
        return new OnnxLatency(batches[BatchRuns / 2], oneRow);
    }
}
