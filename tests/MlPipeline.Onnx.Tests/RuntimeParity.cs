using MlPipeline.Onnx.Export;
using MlPipeline.Onnx.Runtime;
using MlPipeline.Onnx.Tests.Export;
using MlPipeline.Training.Boosting;

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
        using var session = OnnxModelSession.Open(XGBoostOnnxExporter.Export(model.Json, new OnnxExportOptions()));

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

    [Fact]
    public void LargeValuesSummedOverManyTreesComeOutBitForBit()
    {
        // Values near 45 over 300 trees: one float32 ulp there is 3.8e-6, so a different summation order than XGBoost's
        // (base margin first, then the trees in order) would soon exceed VerifyOnnx's 1e-5.
        static float Label(float x0, float x1, float x2, float x3) => 40 + (5 * x0) + (3 * x1 * x2) - x3;
        var parameters = new XGBoostParameters(Eta: 0.3, MaxDepth: 6, NumBoostRound: 300, EarlyStoppingRounds: 0, Nthread: 1);
        using var model = XGBoostTrainer.Train(TrainingTask.Regression, ExportRows.Rows(0, 1500, Label), ExportRows.Rows(1500, 300, Label), parameters);
        var rows = ExportRows.Rows(3000, 1000, Label);
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, rows.FeatureCount);
        var expected = model.Booster.Predict(matrix).Values;
        using var session = OnnxModelSession.Open(XGBoostOnnxExporter.Export(model.Booster.SaveJson(), new OnnxExportOptions()));

        var actual = session.Run(rows.Features, rows.RowCount, rows.FeatureCount)[0].Values;

        Assert.True(expected.Min() > 30, "the values are not in the range this test is about");
        Assert.Equal(expected, actual);
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
