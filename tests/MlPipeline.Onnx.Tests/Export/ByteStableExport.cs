using System.Text.Json.Nodes;
using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>The same model and options give the same bytes, so an exported model's hash identifies it.</summary>
public sealed class ByteStableExport
{
    [Fact]
    public void ExportingTwiceGivesIdenticalBytes()
    {
        var options = new OnnxExportOptions { FeatureNames = ExportRows.FeatureNames, Metadata = new Dictionary<string, string> { ["model_version"] = "1" } };

        Assert.Equal(XGBoostOnnxExporter.Export(TrainedModels.Multiclass.Json, options), XGBoostOnnxExporter.Export(TrainedModels.Multiclass.Json, options));
    }

    [Fact]
    public void TheOrderOfTheMetadataDictionaryDoesNotChangeTheBytes()
    {
        var forward = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2", ["c"] = "3" };
        var backward = new Dictionary<string, string> { ["c"] = "3", ["b"] = "2", ["a"] = "1" };

        Assert.Equal(
            XGBoostOnnxExporter.Export(TrainedModels.Regression.Json, new OnnxExportOptions { Metadata = forward }),
            XGBoostOnnxExporter.Export(TrainedModels.Regression.Json, new OnnxExportOptions { Metadata = backward }));
    }

    [Fact]
    public void NodesLeftUnreachableInXGBoostsArraysDoNotChangeTheBytes()
    {
        // A deleted node stays in XGBoost's arrays with no parent pointing at it: append one (a "split" with two leaf
        // children, all unreachable) to every array of tree 0.
        var withDeletedNodes = ModelJsonEdits.Edit(TrainedModels.Binary.Json, root =>
        {
            var tree = ModelJsonEdits.Trees(root)[0]!;
            var count = tree["left_children"]!.AsArray().Count;
            Append(tree, "left_children", count + 1, -1, -1);
            Append(tree, "right_children", count + 2, -1, -1);
            Append(tree, "parents", 2147483647, count, count);
            foreach (var name in new[] { "split_indices", "default_left", "split_type" })
            {
                Append(tree, name, 0, 0, 0);
            }

            foreach (var name in new[] { "split_conditions", "base_weights", "loss_changes", "sum_hessian" })
            {
                Append(tree, name, 0.25, 9.5, -9.5);
            }
        });

        Assert.Equal(
            XGBoostOnnxExporter.Export(TrainedModels.Binary.Json, new OnnxExportOptions()),
            XGBoostOnnxExporter.Export(withDeletedNodes, new OnnxExportOptions()));
    }

    private static void Append<T>(JsonNode tree, string name, params T[] values)
    {
        foreach (var value in values)
        {
            tree[name]!.AsArray().Add(value);
        }
    }
}
