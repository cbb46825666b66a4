using MlPipeline.Components.Measurement;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Onnx;

/// <summary>What model.onnx costs to call, measured as serving calls it: one row at a time, and the benchmark rows as one batch.</summary>
internal sealed record OnnxLatency(double BatchRowsPerSecond, RowLatency OneRow)
{
    public static OnnxLatency Measure(OnnxModelSession session, EncodedRows rows) => new(
        BatchThroughput.RowsPerSecond(() => session.Run(rows.Features, rows.RowCount, rows.FeatureCount), rows.RowCount),
        RowLatency.Measure(row => session.Run(rows.Features.AsSpan(row * rows.FeatureCount, rows.FeatureCount), 1, rows.FeatureCount), rows.RowCount));
}
