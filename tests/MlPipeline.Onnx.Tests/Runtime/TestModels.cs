using static MlPipeline.Onnx.Tests.Runtime.OnnxProto;

namespace MlPipeline.Onnx.Tests.Runtime;

/// <summary>Small ONNX models whose outputs can be worked out by hand.</summary>
internal static class TestModels
{
    /// <summary>The constant the Add model adds to every row.</summary>
    public static readonly float[] Offset = [0.5f, -1.25f, 2f];

    private const float Threshold = 0.5f;
    private const float TrueLeafWeight = 2f;
    private const float FalseLeafWeight = -3f;
    private const float BaseValue = 0.25f;

    /// <summary>
    /// ai.onnx opset 15: X float [N, 3] → Sum = X + Offset (a [3] initializer broadcast over rows), Best = ArgMax(Sum, axis 1) as int64 [N].
    /// </summary>
    public static byte[] AddThenArgMax() => Model(
        Graph(
            "add_then_argmax",
            nodes:
            [
                Node("Add", ["X", "Offset"], ["Sum"]),
                Node("ArgMax", ["Sum"], ["Best"], attributes: [Int("axis", 1), Int("keepdims", 0)]),
            ],
            initializers: [FloatTensor("Offset", [Offset.Length], Offset)],
            inputs: [TensorValue("X", ElementFloat, "N", Offset.Length)],
            outputs: [TensorValue("Sum", ElementFloat, "N", Offset.Length), TensorValue("Best", ElementInt64, "N")]),
        ("", 15));

    /// <summary>
    /// ai.onnx.ml opset 3: one tree with one split on feature 1 of X float [N, 2]: BRANCH_LT at <see cref="Threshold"/>, the true
    /// (less-than) leaf weighs <see cref="TrueLeafWeight"/>, the false leaf <see cref="FalseLeafWeight"/>, plus <see cref="BaseValue"/>; Y float [N, 1].
    /// </summary>
    public static byte[] OneSplitRegressor(bool missingTracksTrue) => Model(
        Graph(
            "one_split_regressor",
            nodes:
            [
                Node(
                    "TreeEnsembleRegressor",
                    ["X"],
                    ["Y"],
                    "ai.onnx.ml",
                    Ints("nodes_treeids", 0, 0, 0),
                    Ints("nodes_nodeids", 0, 1, 2),
                    Ints("nodes_featureids", 1, 0, 0),
                    Strings("nodes_modes", "BRANCH_LT", "LEAF", "LEAF"),
                    Floats("nodes_values", Threshold, 0, 0),
                    Ints("nodes_truenodeids", 1, 0, 0),
                    Ints("nodes_falsenodeids", 2, 0, 0),
                    Ints("nodes_missing_value_tracks_true", missingTracksTrue ? 1 : 0, 0, 0),
                    Ints("target_treeids", 0, 0),
                    Ints("target_nodeids", 1, 2),
                    Ints("target_ids", 0, 0),
                    Floats("target_weights", TrueLeafWeight, FalseLeafWeight),
                    Int("n_targets", 1),
                    String("aggregate_function", "SUM"),
                    String("post_transform", "NONE"),
                    Floats("base_values", BaseValue)),
            ],
            initializers: [],
            inputs: [TensorValue("X", ElementFloat, "N", 2)],
            outputs: [TensorValue("Y", ElementFloat, "N", 1)]),
        ("", 15),
        ("ai.onnx.ml", 3));
}
