using MlPipeline.Onnx.Export;
using MlPipeline.Onnx.Tests.Export;
using MlPipeline.Onnx.Tests.Runtime;

namespace MlPipeline.Onnx.Tests;

/// <summary>The exported models run in the real ONNX Runtime and give XGBoost's own predictions, including on rows with NaN.</summary>
public sealed class RuntimeParity
{
    // DESIGN's VerifyOnnx bar: max abs difference on probabilities / values.
    private const float Tolerance = 1e-5f;

    public static TheoryData<string> Cases => TrainedModels.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void OnnxRuntimeGivesXGBoostsPredictionsOnEveryRow(string name)
    {
        var model = TrainedModels.Named(name);
        using var session = TestRuntime.Open(XGBoostOnnxExporter.Export(model.Json, new OnnxExportOptions()));

        var output = Assert.Single(session.Run(model.Features, model.Rows, ExportRows.FeatureCount));

        if (model == TrainedModels.Softmax)
        {
            // multi:softmax predicts the class; the exported model gives the probabilities whose argmax it is.
            Assert.Equal([model.Rows, 3L], output.Shape);
            Assert.Equal(model.Values, Enumerable.Range(0, model.Rows).Select(row => (float)ArgMax(output.Values.AsSpan(row * 3, 3))));
            return;
        }

        var expected = name.StartsWith("binary", StringComparison.Ordinal) ? model.Values.SelectMany(p => new[] { 1 - p, p }).ToArray() : model.Values;
        var columns = expected.Length / model.Rows;
        Assert.Equal([model.Rows, (long)columns], output.Shape);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - output.Values[i]) <= Tolerance,
                $"{name}: row {i / columns}, column {i % columns}: XGBoost {expected[i]:R}, ONNX Runtime {output.Values[i]:R}.");
        }
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }
}
