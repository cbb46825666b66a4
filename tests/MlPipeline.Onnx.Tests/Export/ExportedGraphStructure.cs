using System.Text.Json;
using Google.Protobuf;
using MlPipeline.Onnx.Export;
using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>What the exported bytes hold, read back with the generated classes.</summary>
public sealed class ExportedGraphStructure
{
    public static TheoryData<string> Cases => TrainedModels.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheModelIsIr8WithAiOnnx15AndAiOnnxMl3(string name)
    {
        var onnx = ExportedModels.Export(TrainedModels.Named(name));

        Assert.Equal(8, onnx.IrVersion);
        Assert.Equal(
            [("", 15L), ("ai.onnx.ml", 3L)],
            onnx.OpsetImport.Select(o => (o.Domain, o.Version)).OrderBy(o => o.Domain, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheInputIsFloatNByFeatures(string name)
    {
        var input = ExportedModels.Export(TrainedModels.Named(name)).Graph.Input.Single();

        Assert.Equal("features", input.Name);
        Assert.Equal(("N", (long)ExportRows.FeatureCount), Shape(input));
    }

    [Theory]
    [InlineData("binary", "probabilities", 2, new[] { "TreeEnsembleRegressor", "Sigmoid", "Sub", "Concat" })]
    [InlineData("multiclass", "probabilities", 3, new[] { "TreeEnsembleRegressor", "Softmax" })]
    [InlineData("multi:softmax", "probabilities", 3, new[] { "TreeEnsembleRegressor", "Softmax" })]
    [InlineData("regression", "value", 1, new[] { "TreeEnsembleRegressor" })]
    [InlineData("reg:logistic", "value", 1, new[] { "TreeEnsembleRegressor", "Sigmoid" })]
    public void TheOutputAndNodesFollowTheObjective(string name, string output, int columns, string[] operators)
    {
        var graph = ExportedModels.Export(TrainedModels.Named(name)).Graph;

        Assert.Equal(output, graph.Output.Single().Name);
        Assert.Equal(("N", (long)columns), Shape(graph.Output.Single()));
        Assert.Equal(operators, graph.Node.Select(n => n.OpType));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachTreeHasExactlyTheNodesReachableFromItsRoot(string name)
    {
        var model = TrainedModels.Named(name);
        var treeIds = ExportedModels.Attribute(ExportedModels.TreeEnsemble(ExportedModels.Export(model)), "nodes_treeids").Ints;

        var exported = treeIds.GroupBy(t => t).Select(g => g.Count()).ToArray();

        // Tree 0 is the starting margin, one leaf.
        Assert.Equal([1, .. ReachableNodeCounts(model.Json)], exported);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void NodesAreNumberedDepthFirstFromZeroWithinEachTree(string name)
    {
        var ensemble = ExportedModels.TreeEnsemble(ExportedModels.Export(TrainedModels.Named(name)));
        var treeIds = ExportedModels.Attribute(ensemble, "nodes_treeids").Ints;
        var nodeIds = ExportedModels.Attribute(ensemble, "nodes_nodeids").Ints;
        var modes = ExportedModels.Attribute(ensemble, "nodes_modes").Strings.Select(s => s.ToStringUtf8()).ToArray();
        var trueIds = ExportedModels.Attribute(ensemble, "nodes_truenodeids").Ints;
        var falseIds = ExportedModels.Attribute(ensemble, "nodes_falsenodeids").Ints;

        var start = 0;
        for (var i = 0; i < treeIds.Count; i++)
        {
            if (i > 0 && treeIds[i] != treeIds[i - 1])
            {
                Assert.Equal(treeIds[i - 1] + 1, treeIds[i]);
                start = i;
            }

            Assert.Equal(i - start, nodeIds[i]);
            if (modes[i] == "BRANCH_LT")
            {
                // Depth-first: the left (true) child comes right after its parent, the right child after the left subtree.
                Assert.Equal(nodeIds[i] + 1, trueIds[i]);
                Assert.True(falseIds[i] > trueIds[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryLeafOfTheModelsTreesHasOneWeightAndNoBranchHasAny(string name)
    {
        var ensemble = ExportedModels.TreeEnsemble(ExportedModels.Export(TrainedModels.Named(name)));
        var treeIds = ExportedModels.Attribute(ensemble, "nodes_treeids").Ints;
        var nodeIds = ExportedModels.Attribute(ensemble, "nodes_nodeids").Ints;
        var modes = ExportedModels.Attribute(ensemble, "nodes_modes").Strings.Select(s => s.ToStringUtf8()).ToArray();

        var leaves = Enumerable.Range(0, modes.Length).Where(i => modes[i] == "LEAF" && treeIds[i] > 0).Select(i => (treeIds[i], nodeIds[i]));
        var weighted = ExportedModels.Attribute(ensemble, "target_treeids").Ints.Zip(ExportedModels.Attribute(ensemble, "target_nodeids").Ints)
            .Where(leaf => leaf.First > 0);

        Assert.Equal(leaves, weighted);
        Assert.All(modes, mode => Assert.Contains(mode, new[] { "LEAF", "BRANCH_LT" }));
    }

    [Theory]
    [InlineData("binary", 1, 0f)]
    [InlineData("binary, base_score 0.3", 1, -0.84729785f)]
    [InlineData("multiclass", 3, 0.5f)]
    [InlineData("regression", 1, 0.5f)]
    [InlineData("regression, base_score 1.5", 1, 1.5f)]
    [InlineData("reg:logistic", 1, -0.4054651f)]
    public void TreeZeroIsOneLeafHoldingTheStartingMarginOfEachOutput(string name, int targets, float margin)
    {
        var ensemble = ExportedModels.TreeEnsemble(ExportedModels.Export(TrainedModels.Named(name)));
        var treeIds = ExportedModels.Attribute(ensemble, "nodes_treeids").Ints;
        var weightTrees = ExportedModels.Attribute(ensemble, "target_treeids").Ints;

        Assert.Equal(targets, ExportedModels.Attribute(ensemble, "n_targets").I);
        Assert.Equal(1, treeIds.Count(tree => tree == 0));
        Assert.Equal("LEAF", ExportedModels.Attribute(ensemble, "nodes_modes").Strings[0].ToStringUtf8());
        var starting = Enumerable.Range(0, weightTrees.Count).Where(i => weightTrees[i] == 0).ToArray();
        Assert.Equal(Enumerable.Range(0, targets).Select(t => (long)t), starting.Select(i => ExportedModels.Attribute(ensemble, "target_ids").Ints[i]));
        Assert.All(starting, i => Assert.Equal(margin, ExportedModels.Attribute(ensemble, "target_weights").Floats[i], 1e-6f));
        // Not base_values: ONNX Runtime adds those after the trees, XGBoost before them (see TreeEnsembleRegressorNode).
        Assert.DoesNotContain(ensemble.Attribute, attribute => attribute.Name == "base_values");
    }

    [Fact]
    public void MulticlassTreesAddIntoTheClassTheirTreeInfoNames()
    {
        var model = TrainedModels.Multiclass;
        var ensemble = ExportedModels.TreeEnsemble(ExportedModels.Export(model));
        var treeInfo = JsonDocument.Parse(model.Json).RootElement.GetProperty("learner").GetProperty("gradient_booster")
            .GetProperty("model").GetProperty("tree_info").EnumerateArray().Select(e => e.GetInt64()).ToArray();

        var targetOfTree = ExportedModels.Attribute(ensemble, "target_treeids").Ints
            .Zip(ExportedModels.Attribute(ensemble, "target_ids").Ints)
            .Where(leaf => leaf.First > 0)
            .Distinct()
            .ToArray();

        // XGBoost's tree i is ONNX tree i + 1, after the starting margin.
        Assert.Equal(treeInfo.Select((target, tree) => (tree + 1L, target)), targetOfTree);
        Assert.Equal([0L, 1L, 2L], treeInfo.Distinct().Order());
    }

    [Fact]
    public void OptionsNameTheInputAndFillTheMetadataSortedByKey()
    {
        var options = new OnnxExportOptions
        {
            InputName = "rows",
            FeatureNames = ExportRows.FeatureNames,
            ClassLabels = ["healthy", "sick"],
            Metadata = new Dictionary<string, string> { ["model_version"] = "7", ["data_hash"] = "sha256:0f3a" },
        };

        var onnx = ExportedModels.Export(TrainedModels.Binary, options);

        Assert.Equal("rows", onnx.Graph.Input.Single().Name);
        Assert.Equal(["rows"], ExportedModels.TreeEnsemble(onnx).Input);
        Assert.Equal(
            [
                ("class_labels", """["healthy","sick"]"""),
                ("data_hash", "sha256:0f3a"),
                ("feature_names", """["x0","x1","x2","x3"]"""),
                ("model_version", "7"),
            ],
            onnx.MetadataProps.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void WithoutOptionsTheMetadataIsEmpty()
    {
        Assert.Empty(ExportedModels.Export(TrainedModels.Multiclass).MetadataProps);
    }

    [Fact]
    public void IntegerAttributesOfZeroAreWrittenNotLeftOut()
    {
        // Proto2 presence: onnx.checker rejects an INT attribute without its `i`, so a 0 must be on the wire.
        var node = new NodeProto();
        node.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = 0 });

        var read = NodeProto.Parser.ParseFrom(node.ToByteArray()).Attribute.Single();

        Assert.True(read.HasI);
    }

    private static (string Rows, long Columns) Shape(ValueInfoProto value)
    {
        var tensor = value.Type.TensorType;
        Assert.Equal((int)TensorProto.Types.DataType.Float, tensor.ElemType);
        Assert.Equal(2, tensor.Shape.Dim.Count);
        return (tensor.Shape.Dim[0].DimParam, tensor.Shape.Dim[1].DimValue);
    }

    /// <summary>Counted from the JSON itself, independently of the exporter: a walk over left/right children from node 0.</summary>
    private static int[] ReachableNodeCounts(byte[] json)
    {
        var trees = JsonDocument.Parse(json).RootElement.GetProperty("learner").GetProperty("gradient_booster")
            .GetProperty("model").GetProperty("trees");
        return trees.EnumerateArray().Select(tree =>
        {
            var left = tree.GetProperty("left_children").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var right = tree.GetProperty("right_children").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            int Count(int node) => left[node] == -1 ? 1 : 1 + Count(left[node]) + Count(right[node]);
            return Count(0);
        }).ToArray();
    }
}
