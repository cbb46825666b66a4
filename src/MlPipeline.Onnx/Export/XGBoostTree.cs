namespace MlPipeline.Onnx.Export;

/// <summary>
/// One checked XGBoost tree, as parallel arrays indexed by node id (root 0); nodes not reachable from the root may
/// remain. A leaf has <c>LeftChildren[i] == -1</c> and its value in <c>SplitConditions[i]</c>.
/// </summary>
/// <param name="Target">The output (class) the tree adds into: its tree_info entry.</param>
/// <param name="Covers">Each node's sum of hessians (its cover), which TreeSHAP weighs paths by; null when the file has no sum_hessian.</param>
internal sealed record XGBoostTree(
    int Target,
    int[] LeftChildren,
    int[] RightChildren,
    int[] SplitIndices,
    float[] SplitConditions,
    bool[] DefaultLeft,
    float[]? Covers)
{
    public bool IsLeaf(int node) => LeftChildren[node] == -1;
}
