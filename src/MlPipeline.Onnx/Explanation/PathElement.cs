namespace MlPipeline.Onnx.Explanation;

/// <summary>One feature on the path from the root to the current node, as TreeSHAP tracks it.</summary>
/// <param name="ZeroFraction">The share of training cover that takes this path when the feature is unknown.</param>
/// <param name="OneFraction">1 when the row's value follows this path, else 0.</param>
/// <param name="Weight">The permutation weight of subsets of this size.</param>
internal struct PathElement
{
    public int Feature;
    public float ZeroFraction;
    public float OneFraction;
    public float Weight;
}
