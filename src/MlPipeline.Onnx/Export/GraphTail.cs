using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Export;

/// <summary>The standard ONNX nodes after the tree ensemble that turn its margins into the model's output.</summary>
/// <param name="Margins">The name the tree ensemble's output must have.</param>
internal sealed record GraphTail(string Margins, IReadOnlyList<NodeProto> Nodes, IReadOnlyList<TensorProto> Initializers, ValueInfoProto Output)
{
    /// <param name="outputCount">Margins per row (1, or the class count).</param>
    public static GraphTail For(ModelOutput output, int outputCount) => output switch
    {
        // p1 = sigmoid(margin), p0 = 1 − p1, probabilities = [p0, p1]: the two columns a binary classifier's users expect.
        ModelOutput.BinaryProbabilities => new(
            GraphNames.Margins,
            [
                OnnxValues.Node("Sigmoid", "sigmoid", [GraphNames.Margins], GraphNames.PositiveProbability),
                OnnxValues.Node("Sub", "negative_class", [GraphNames.One, GraphNames.PositiveProbability], GraphNames.NegativeProbability),
                OnnxValues.Node("Concat", "probabilities", [GraphNames.NegativeProbability, GraphNames.PositiveProbability], GraphNames.Probabilities, attributes: OnnxValues.Int("axis", 1)),
            ],
            [OnnxValues.FloatScalar(GraphNames.One, 1f)],
            OnnxValues.FloatMatrix(GraphNames.Probabilities, 2)),
        ModelOutput.ClassProbabilities => new(
            GraphNames.Margins,
            [OnnxValues.Node("Softmax", "softmax", [GraphNames.Margins], GraphNames.Probabilities, attributes: OnnxValues.Int("axis", 1))],
            [],
            OnnxValues.FloatMatrix(GraphNames.Probabilities, outputCount)),
        ModelOutput.LogisticValue => new(
            GraphNames.Margins,
            [OnnxValues.Node("Sigmoid", "sigmoid", [GraphNames.Margins], GraphNames.Value)],
            [],
            OnnxValues.FloatMatrix(GraphNames.Value, 1)),
        ModelOutput.Value => new(GraphNames.Value, [], [], OnnxValues.FloatMatrix(GraphNames.Value, 1)),
        _ => throw new ArgumentOutOfRangeException(nameof(output), output, "Unknown model output."),
    };
}
