using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Tests.Export;

/// <summary>
/// Runs an exported graph the way its operators are specified (ONNX and ai.onnx.ml docs), for the node types the
/// exporter writes; any other node fails the test. Stands in for ONNX Runtime, which these tests do not load.
/// </summary>
internal sealed class OnnxGraphEvaluator(ModelProto model)
{
    /// <returns>Every value the graph computes (its output and the intermediate ones) by name.</returns>
    public IReadOnlyDictionary<string, Tensor> Run(float[] features, int rows)
    {
        var graph = model.Graph;
        var values = new Dictionary<string, Tensor>(StringComparer.Ordinal)
        {
            [graph.Input.Single().Name] = new(features, rows, features.Length / rows),
        };
        foreach (var initializer in graph.Initializer)
        {
            Assert.Empty(initializer.Dims);
            values[initializer.Name] = new([.. initializer.FloatData], 1, 1);
        }

        // The exporter writes nodes in dependency order, as ONNX requires.
        foreach (var node in graph.Node)
        {
            var inputs = node.Input.Select(name => values[name]).ToArray();
            values[node.Output.Single()] = (node.Domain, node.OpType) switch
            {
                ("ai.onnx.ml", "TreeEnsembleRegressor") => TreeEnsembleRegressor(node, inputs[0]),
                ("", "Sigmoid") => Map(inputs[0], x => 1 / (1 + MathF.Exp(-x))),
                ("", "Sub") => Subtract(inputs[0], inputs[1]),
                ("", "Concat") => ConcatColumns(node, inputs),
                ("", "Softmax") => Softmax(node, inputs[0]),
                var other => throw new InvalidOperationException($"The evaluator does not know node {other}."),
            };
        }

        return values;
    }

    /// <returns>The graph's single output.</returns>
    public Tensor Output(float[] features, int rows) => Run(features, rows)[model.Graph.Output.Single().Name];

    private static Tensor TreeEnsembleRegressor(NodeProto node, Tensor x)
    {
        var attributes = node.Attribute.ToDictionary(a => a.Name);
        Assert.Equal("SUM", attributes["aggregate_function"].S.ToStringUtf8());
        Assert.Equal("NONE", attributes["post_transform"].S.ToStringUtf8());
        var targetCount = (int)attributes["n_targets"].I;
        var treeIds = attributes["nodes_treeids"].Ints;
        var nodeIds = attributes["nodes_nodeids"].Ints;
        var index = new Dictionary<(long Tree, long Node), int>();
        for (var i = 0; i < treeIds.Count; i++)
        {
            index.Add((treeIds[i], nodeIds[i]), i);
        }

        var weights = new Dictionary<(long Tree, long Node), List<(int Target, float Weight)>>();
        var targetTrees = attributes["target_treeids"].Ints;
        for (var i = 0; i < targetTrees.Count; i++)
        {
            var key = (targetTrees[i], attributes["target_nodeids"].Ints[i]);
            if (!weights.TryGetValue(key, out var list))
            {
                weights[key] = list = [];
            }

            list.Add(((int)attributes["target_ids"].Ints[i], attributes["target_weights"].Floats[i]));
        }

        var modes = attributes["nodes_modes"].Strings.Select(s => s.ToStringUtf8()).ToArray();
        var features = attributes["nodes_featureids"].Ints;
        var thresholds = attributes["nodes_values"].Floats;
        var trueIds = attributes["nodes_truenodeids"].Ints;
        var falseIds = attributes["nodes_falsenodeids"].Ints;
        var missingTracksTrue = attributes["nodes_missing_value_tracks_true"].Ints;
        // Optional in the operator: without it the sums start at 0.
        float[] baseValues = attributes.TryGetValue("base_values", out var based) ? [.. based.Floats] : new float[targetCount];
        var output = new Tensor(new float[x.Rows * targetCount], x.Rows, targetCount);
        foreach (var tree in treeIds.Distinct())
        {
            for (var row = 0; row < x.Rows; row++)
            {
                var at = index[(tree, 0)];
                while (modes[at] != "LEAF")
                {
                    Assert.Equal("BRANCH_LT", modes[at]);
                    var value = x[row, (int)features[at]];
                    var goesTrue = float.IsNaN(value) ? missingTracksTrue[at] == 1 : value < thresholds[at];
                    at = index[(tree, goesTrue ? trueIds[at] : falseIds[at])];
                }

                foreach (var (target, weight) in weights[(tree, nodeIds[at])])
                {
                    output[row, target] += weight;
                }
            }
        }

        return Map(output, (value, column) => value + baseValues[column]);
    }

    private static Tensor Subtract(Tensor left, Tensor right)
    {
        // The only broadcast the exporter uses: a scalar on the left, 1 − p.
        Assert.Equal((1, 1), (left.Rows, left.Columns));
        return Map(right, x => left[0, 0] - x);
    }

    private static Tensor ConcatColumns(NodeProto node, Tensor[] inputs)
    {
        Assert.Equal(1, node.Attribute.Single(a => a.Name == "axis").I);
        var rows = inputs[0].Rows;
        var columns = inputs.Sum(t => t.Columns);
        var output = new Tensor(new float[rows * columns], rows, columns);
        for (var row = 0; row < rows; row++)
        {
            var column = 0;
            foreach (var input in inputs)
            {
                for (var c = 0; c < input.Columns; c++)
                {
                    output[row, column++] = input[row, c];
                }
            }
        }

        return output;
    }

    private static Tensor Softmax(NodeProto node, Tensor x)
    {
        Assert.Equal(1, node.Attribute.Single(a => a.Name == "axis").I);
        var output = new Tensor(new float[x.Values.Length], x.Rows, x.Columns);
        for (var row = 0; row < x.Rows; row++)
        {
            var max = Enumerable.Range(0, x.Columns).Max(c => x[row, c]);
            var sum = Enumerable.Range(0, x.Columns).Sum(c => Math.Exp(x[row, c] - max));
            for (var c = 0; c < x.Columns; c++)
            {
                output[row, c] = (float)(Math.Exp(x[row, c] - max) / sum);
            }
        }

        return output;
    }

    private static Tensor Map(Tensor x, Func<float, float> function) => Map(x, (value, _) => function(value));

    private static Tensor Map(Tensor x, Func<float, int, float> function)
    {
        var output = new Tensor(new float[x.Values.Length], x.Rows, x.Columns);
        for (var row = 0; row < x.Rows; row++)
        {
            for (var c = 0; c < x.Columns; c++)
            {
                output[row, c] = function(x[row, c], c);
            }
        }

        return output;
    }

    /// <summary>A float matrix, row-major.</summary>
    public sealed record Tensor(float[] Values, int Rows, int Columns)
    {
        public float this[int row, int column]
        {
            get => Values[(row * Columns) + column];
            set => Values[(row * Columns) + column] = value;
        }
    }
}
