namespace MlPipeline.Onnx.Export;

/// <summary>Checks one tree of the JSON model: parallel arrays of one length, children inside them, numeric splits on known features.</summary>
internal static class XGBoostTreeReader
{
    /// <param name="index">The tree's position in the model, for messages.</param>
    /// <exception cref="OnnxExportException">The tree is malformed or has a categorical split.</exception>
    public static XGBoostTree Read(TreeJson tree, int index, int target, int featureCount)
    {
        var left = Array(tree.LeftChildren, "left_children", index);
        var nodeCount = left.Length;
        var right = Array(tree.RightChildren, "right_children", index);
        var features = Array(tree.SplitIndices, "split_indices", index);
        var conditions = Array(tree.SplitConditions, "split_conditions", index);
        var defaultLeft = Array(tree.DefaultLeft, "default_left", index);
        // Models saved before XGBoost had categorical splits carry no split_type: every split is numeric.
        var splitTypes = tree.SplitType ?? new int[nodeCount];
        var covers = tree.SumHessian;
        if (nodeCount == 0 || new[] { right.Length, features.Length, conditions.Length, defaultLeft.Length, splitTypes.Length, covers?.Length ?? nodeCount }.Any(n => n != nodeCount))
        {
            throw Damaged(index, $"its node arrays have different lengths or none (left_children has {nodeCount})");
        }

        for (var node = 0; node < nodeCount; node++)
        {
            if (!float.IsFinite(conditions[node]))
            {
                throw Damaged(index, $"node {node} has split_condition {conditions[node]}");
            }

            if (left[node] == -1)
            {
                continue;
            }

            if (!IsNode(left[node], nodeCount) || !IsNode(right[node], nodeCount))
            {
                throw Damaged(index, $"node {node} has children {left[node]} and {right[node]}, outside 0..{nodeCount - 1}");
            }

            if (splitTypes[node] != 0)
            {
                throw new OnnxExportException(
                    $"Tree {index} of the XGBoost model has a categorical split at node {node}; the ONNX exporter supports numeric splits only. "
                    + "Train without enable_categorical: encode categories as numbers first (FeatureEncoder does).");
            }

            if (features[node] < 0 || features[node] >= featureCount)
            {
                throw Damaged(index, $"node {node} splits on feature {features[node]}, outside 0..{featureCount - 1}");
            }
        }

        return new XGBoostTree(target, left, right, features, conditions, defaultLeft.Select(d => d != 0).ToArray(), covers);
    }

    private static bool IsNode(int id, int nodeCount) => id >= 0 && id < nodeCount;

    private static T[] Array<T>(T[]? values, string name, int index) =>
        values ?? throw Damaged(index, $"it has no {name}");

    private static OnnxExportException Damaged(int index, string problem) =>
        new($"Tree {index} of the XGBoost model is malformed: {problem}. Save the model again with Booster.SaveJson().");
}
