using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>The exported graph, evaluated by its operators' definitions, gives XGBoost's own predictions, including on rows with NaN.</summary>
public sealed class XGBoostParity
{
    private const float Tolerance = 1e-5f;

    public static TheoryData<string> Cases => TrainedModels.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheTreeEnsembleGivesXGBoostsMarginsOnEveryRow(string name)
    {
        var model = TrainedModels.Named(name);
        var onnx = ExportedModels.Export(model);

        var values = new OnnxGraphEvaluator(onnx).Run(model.Features, model.Rows);
        var margins = values[ExportedModels.TreeEnsemble(onnx).Output.Single()];

        AssertClose(model.Margins, margins.Values, margins.Columns);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("binary, base_score 0.3")]
    public void BinaryProbabilitiesAreOneMinusPAndPOfXGBoostsProbability(string name)
    {
        var model = TrainedModels.Named(name);

        var probabilities = new OnnxGraphEvaluator(ExportedModels.Export(model)).Output(model.Features, model.Rows);

        Assert.Equal(2, probabilities.Columns);
        AssertClose(model.Values.SelectMany(p => new[] { 1 - p, p }).ToArray(), probabilities.Values, 2);
    }

    [Fact]
    public void MulticlassProbabilitiesAreXGBoostsSoftprobOutput()
    {
        var model = TrainedModels.Multiclass;

        var probabilities = new OnnxGraphEvaluator(ExportedModels.Export(model)).Output(model.Features, model.Rows);

        Assert.Equal(3, probabilities.Columns);
        AssertClose(model.Values, probabilities.Values, 3);
    }

    [Fact]
    public void SoftmaxModelsGiveTheProbabilitiesWhoseArgMaxXGBoostPredicts()
    {
        var model = TrainedModels.Softmax;

        var probabilities = new OnnxGraphEvaluator(ExportedModels.Export(model)).Output(model.Features, model.Rows);

        for (var row = 0; row < model.Rows; row++)
        {
            var rowValues = probabilities.Values.AsSpan(row * 3, 3).ToArray();
            Assert.Equal(1f, rowValues.Sum(), 1e-5f);
            Assert.Equal(model.Values[row], Array.IndexOf(rowValues, rowValues.Max()));
        }
    }

    [Theory]
    [InlineData("regression")]
    [InlineData("regression, base_score 1.5")]
    [InlineData("reg:logistic")]
    public void RegressionValuesAreXGBoostsPredictions(string name)
    {
        var model = TrainedModels.Named(name);

        var value = new OnnxGraphEvaluator(ExportedModels.Export(model)).Output(model.Features, model.Rows);

        Assert.Equal(1, value.Columns);
        AssertClose(model.Values, value.Values, 1);
    }

    [Fact]
    public void TheComparedRowsIncludeMissingValuesThatTheTreesRouteBothWays()
    {
        var model = TrainedModels.Binary;
        var tracksTrue = ExportedModels.Attribute(ExportedModels.TreeEnsemble(ExportedModels.Export(model)), "nodes_missing_value_tracks_true").Ints;

        Assert.True(model.Features.Count(float.IsNaN) >= model.Rows / 5, "too few NaNs in the test rows");
        Assert.Contains(1L, tracksTrue);
        Assert.Contains(0L, tracksTrue);
    }

    private static void AssertClose(float[] expected, float[] actual, int columns)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= Tolerance,
                $"Row {i / columns}, column {i % columns}: XGBoost {expected[i]:R}, ONNX graph {actual[i]:R}.");
        }
    }
}
