using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Tests.Runtime;

public sealed class OneSplitRegressor
{
    // Feature 0 is never split on; its values only show that the tree reads feature 1.
    private static readonly float[] Rows =
    [
        9f, 0.25f,
        -9f, 0.75f,
        9f, 0.5f,
        9f, float.NaN,
    ];

    // Worked out from the ai.onnx.ml TreeEnsembleRegressor definition: BRANCH_LT takes the true branch when x < threshold (so
    // x = threshold goes false), NaN takes the true branch only when nodes_missing_value_tracks_true is 1, and SUM adds the leaf weight
    // to base_values: true leaf 2 + 0.25 = 2.25, false leaf -3 + 0.25 = -2.75 (both exact in float).
    private const float TrueLeaf = 2.25f;
    private const float FalseLeaf = -2.75f;

    [Fact]
    public void BelowTheThresholdGoesTrueAndAtOrAboveGoesFalse()
    {
        using var session = OnnxModelSession.Open(TestModels.OneSplitRegressor(missingTracksTrue: true));

        var y = session.Run(Rows, rows: 4, columns: 2)["Y"];

        Assert.Equal([4L, 1L], y.Shape);
        Assert.Equal([TrueLeaf, FalseLeaf, FalseLeaf], y.Values[..3]);
    }

    [Fact]
    public void AMissingValueFollowsTheTrueBranchWhenMissingTracksTrue()
    {
        using var session = OnnxModelSession.Open(TestModels.OneSplitRegressor(missingTracksTrue: true));

        var y = session.Run(Rows, rows: 4, columns: 2)["Y"];

        Assert.Equal(TrueLeaf, y.Values[3]);
    }

    [Fact]
    public void AMissingValueFollowsTheFalseBranchOtherwise()
    {
        using var session = OnnxModelSession.Open(TestModels.OneSplitRegressor(missingTracksTrue: false));

        var y = session.Run(Rows, rows: 4, columns: 2)["Y"];

        Assert.Equal([TrueLeaf, FalseLeaf, FalseLeaf, FalseLeaf], y.Values);
    }
}
