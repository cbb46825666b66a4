using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Export;

/// <summary>
/// The trees as one ai.onnx.ml TreeEnsembleRegressor (v3) producing margins: post_transform NONE, because ORT has
/// ignored or special-cased LOGISTIC for some ensembles; the link function is a separate standard node.
/// </summary>
/// <remarks>
/// The starting margin is tree 0, one leaf, rather than base_values: XGBoost starts each row's sum at the base margin and
/// adds the trees in order, while ONNX Runtime sums the trees from 0 and adds base_values last. In float32 the two orders
/// differ by a few ulps, which for values near 50 is already more than VerifyOnnx's 1e-5; as the first tree the base
/// margin is added where XGBoost adds it, so with one intra-op thread the margins come out bit for bit.
/// </remarks>
internal static class TreeEnsembleRegressorNode
{
    public const string Domain = "ai.onnx.ml";

    private const int StartingMarginTree = 0;

    public static NodeProto Build(XGBoostModel model, string input, string output)
    {
        var nodes = new NodeTable();
        var targets = new TargetTable();
        nodes.Add(StartingMarginTree, 0, "LEAF", feature: 0, threshold: 0, trueId: 0, falseId: 0, missingTracksTrue: false);
        for (var target = 0; target < model.OutputCount; target++)
        {
            targets.Add(StartingMarginTree, 0, target, model.StartingMargin);
        }

        for (var t = 0; t < model.Trees.Count; t++)
        {
            Add(model.Trees[t], t, nodes, targets);
        }

        return OnnxValues.Node(
            "TreeEnsembleRegressor",
            "tree_ensemble",
            [input],
            output,
            Domain,
            OnnxValues.Int("n_targets", model.OutputCount),
            OnnxValues.String("aggregate_function", "SUM"),
            OnnxValues.String("post_transform", "NONE"),
            OnnxValues.Ints("nodes_treeids", nodes.TreeIds),
            OnnxValues.Ints("nodes_nodeids", nodes.NodeIds),
            OnnxValues.Ints("nodes_featureids", nodes.FeatureIds),
            OnnxValues.Strings("nodes_modes", nodes.Modes),
            OnnxValues.Floats("nodes_values", nodes.Thresholds),
            OnnxValues.Ints("nodes_truenodeids", nodes.TrueNodeIds),
            OnnxValues.Ints("nodes_falsenodeids", nodes.FalseNodeIds),
            OnnxValues.Ints("nodes_missing_value_tracks_true", nodes.MissingTracksTrue),
            OnnxValues.Ints("target_treeids", targets.TreeIds),
            OnnxValues.Ints("target_nodeids", targets.NodeIds),
            OnnxValues.Ints("target_ids", targets.TargetIds),
            OnnxValues.Floats("target_weights", targets.Weights));
    }

    /// <summary>
    /// Emits the nodes reachable from the root, numbered depth-first (node, left subtree, right subtree) from 0, so
    /// deleted nodes left in XGBoost's arrays drop out and every tree's ids are contiguous.
    /// </summary>
    private static void Add(XGBoostTree tree, int index, NodeTable nodes, TargetTable targets)
    {
        var order = DepthFirstOrder(tree, index);
        var treeId = StartingMarginTree + 1 + index;
        var newId = new Dictionary<int, int>(order.Count);
        for (var i = 0; i < order.Count; i++)
        {
            newId[order[i]] = i;
        }

        foreach (var node in order)
        {
            var id = newId[node];
            if (tree.IsLeaf(node))
            {
                nodes.Add(treeId, id, "LEAF", feature: 0, threshold: 0, trueId: 0, falseId: 0, missingTracksTrue: false);
                targets.Add(treeId, id, tree.Target, tree.SplitConditions[node]);
            }
            else
            {
                nodes.Add(
                    treeId,
                    id,
                    "BRANCH_LT",
                    tree.SplitIndices[node],
                    tree.SplitConditions[node],
                    newId[tree.LeftChildren[node]],
                    newId[tree.RightChildren[node]],
                    tree.DefaultLeft[node]);
            }
        }
    }

    /// <exception cref="OnnxExportException">A node is reached twice (the arrays do not form a tree).</exception>
    private static List<int> DepthFirstOrder(XGBoostTree tree, int index)
    {
        var order = new List<int>();
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(0);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                throw new OnnxExportException(
                    $"Tree {index} of the XGBoost model is malformed: node {node} is reached twice from the root. Save the model again with Booster.SaveJson().");
            }

            order.Add(node);
            if (!tree.IsLeaf(node))
            {
                // Right first, so the left subtree comes out of the stack (and is numbered) first.
                pending.Push(tree.RightChildren[node]);
                pending.Push(tree.LeftChildren[node]);
            }
        }

        return order;
    }

    private sealed class NodeTable
    {
        public List<long> TreeIds { get; } = [];

        public List<long> NodeIds { get; } = [];

        public List<long> FeatureIds { get; } = [];

        public List<string> Modes { get; } = [];

        public List<float> Thresholds { get; } = [];

        public List<long> TrueNodeIds { get; } = [];

        public List<long> FalseNodeIds { get; } = [];

        public List<long> MissingTracksTrue { get; } = [];

        // XGBoost sends x < threshold left (true) and a missing value to its default child, so true = left and
        // missing tracks true exactly when default_left.
        public void Add(int treeId, int nodeId, string mode, int feature, float threshold, int trueId, int falseId, bool missingTracksTrue)
        {
            TreeIds.Add(treeId);
            NodeIds.Add(nodeId);
            Modes.Add(mode);
            FeatureIds.Add(feature);
            Thresholds.Add(threshold);
            TrueNodeIds.Add(trueId);
            FalseNodeIds.Add(falseId);
            MissingTracksTrue.Add(missingTracksTrue ? 1 : 0);
        }
    }

    private sealed class TargetTable
    {
        public List<long> TreeIds { get; } = [];

        public List<long> NodeIds { get; } = [];

        public List<long> TargetIds { get; } = [];

        public List<float> Weights { get; } = [];

        public void Add(int treeId, int nodeId, int target, float weight)
        {
            TreeIds.Add(treeId);
            NodeIds.Add(nodeId);
            TargetIds.Add(target);
            Weights.Add(weight);
        }
    }
}
