using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class AddModel
{
    private static readonly float[] Rows =
    [
        1f, 2f, 3f,
        4f, 1f, -3f,
        0f, 5f, 0f,
        0.1f, 0.2f, 0.3f,
    ];

    [Fact]
    public void TheSessionNamesTheModelsInputAndOutputs()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        Assert.Equal(["X"], session.InputNames);
        Assert.Equal(["Sum", "Best"], session.OutputNames);
    }

    [Fact]
    public void TheSumIsBitForBitTheFloatAdditionOfEachRowAndTheConstant()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var sum = session.Run(Rows, rows: 4, columns: 3)["Sum"];

        // IEEE float addition is exact per element, so ORT must give the very bits C# computes (0.1f + 0.5f included).
        var expected = Rows.Select((value, i) => value + TestModels.Offset[i % 3]).ToArray();
        Assert.Equal([4L, 3L], sum.Shape);
        Assert.Equal(expected, sum.Values);
        Assert.Null(sum.Int64Values);
    }

    [Fact]
    public void AnInt64OutputKeepsItsIntegersAndGivesThemAsFloatsToo()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var best = session.Run(Rows, rows: 4, columns: 3)["Best"];

        // Sums by row: [1.5, 0.75, 5], [4.5, -0.25, -1], [0.5, 3.75, 2], [0.6, -1.05, 2.3] → the largest is at 2, 0, 1, 2.
        Assert.Equal([4L], best.Shape);
        Assert.Equal([2L, 0L, 1L, 2L], best.Int64Values!);
        Assert.Equal([2f, 0f, 1f, 2f], best.Values);
    }

    [Fact]
    public void OutputsComeInTheModelsOrderAndByName()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var outputs = session.Run("X", Rows, [4, 3]);

        Assert.Equal(["Sum", "Best"], outputs.Select(output => output.Name));
        Assert.Same(outputs[1], outputs["Best"]);
        var error = Assert.Throws<KeyNotFoundException>(() => outputs["Label"]);
        Assert.Equal("The model has no output 'Label'. Its outputs are: Sum, Best.", error.Message);
    }

    [Fact]
    public void AnEmptyBatchGivesEmptyOutputs()
    {
        using var session = OnnxModelSession.Open(TestModels.AddThenArgMax());

        var outputs = session.Run([], rows: 0, columns: 3);

        Assert.Equal([0L, 3L], outputs["Sum"].Shape);
        Assert.Empty(outputs["Sum"].Values);
        Assert.Empty(outputs["Best"].Int64Values!);
    }
}
