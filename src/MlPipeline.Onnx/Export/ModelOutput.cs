namespace MlPipeline.Onnx.Export;

/// <summary>What the ONNX graph computes from the trees' summed margins, which decides its output.</summary>
internal enum ModelOutput
{
    /// <summary>Sigmoid of one margin, then [1 − p, p]: output "probabilities" [N, 2].</summary>
    BinaryProbabilities,

    /// <summary>Softmax over one margin per class: output "probabilities" [N, C].</summary>
    ClassProbabilities,

    /// <summary>The margin itself: output "value" [N, 1].</summary>
    Value,

    /// <summary>Sigmoid of the margin: output "value" [N, 1].</summary>
    LogisticValue,
}
