using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Explanation;

/// <summary>
/// Exact SHAP values of one tree for one row in polynomial time (Lundberg, Erion and Lee, "Consistent Individualized
/// Feature Attribution for Tree Ensembles", algorithm 2), computed as XGBoost 1.7 computes pred_contribs
/// (src/tree/tree_model.cc: ExtendPath, UnwindPath, UnwoundPathSum, TreeShap) and in the same float32 arithmetic, so the
/// results agree with XGBoost's to rounding.
/// </summary>
internal sealed class TreeShap
{
    private readonly XGBoostTree _tree;
    private readonly float[] _covers;
    private readonly PathElement[] _paths;

    public TreeShap(XGBoostTree tree, float[] covers)
    {
        _tree = tree;
        _covers = covers;
        var depth = Depth(0) + 2;
        _paths = new PathElement[depth * (depth + 1) / 2];
        ExpectedValue = MeanValue(0);
    }

    /// <summary>The tree's mean leaf value weighted by cover: its contribution to the bias column.</summary>
    public float ExpectedValue { get; }

    /// <summary>Adds the tree's SHAP value of each feature of <paramref name="row"/> into <paramref name="phi"/> (one per feature, bias excluded).</summary>
    /// <remarks>Not thread-safe: the path buffer is reused; give each thread its own instance.</remarks>
    public void AddContributions(ReadOnlySpan<float> row, Span<float> phi) => Recurse(row, phi, 0, 0, 0, 1, 1, -1);

    private void Recurse(ReadOnlySpan<float> row, Span<float> phi, int node, int depth, int parentOffset, float zeroFraction, float oneFraction, int feature)
    {
        // Each level works on its own copy of the path, placed after the parent's in the shared buffer.
        var offset = parentOffset + depth + 1;
        Array.Copy(_paths, parentOffset, _paths, offset, depth + 1);

        var path = _paths.AsSpan(offset);
        Extend(path, depth, zeroFraction, oneFraction, feature);

        if (_tree.IsLeaf(node))
        {
            var leaf = _tree.SplitConditions[node];
            for (var i = 1; i <= depth; i++)
            {
                var weight = UnwoundSum(path, depth, i);
                phi[path[i].Feature] += weight * (path[i].OneFraction - path[i].ZeroFraction) * leaf;
            }

            return;
        }

        var split = _tree.SplitIndices[node];
        var value = row[split];
        var goesLeft = float.IsNaN(value) ? _tree.DefaultLeft[node] : value < _tree.SplitConditions[node];
        var (hot, cold) = goesLeft ? (_tree.LeftChildren[node], _tree.RightChildren[node]) : (_tree.RightChildren[node], _tree.LeftChildren[node]);
        var cover = _covers[node];
        var hotZeroFraction = _covers[hot] / cover;
        var coldZeroFraction = _covers[cold] / cover;
        float incomingZero = 1, incomingOne = 1;

        // A feature split on again higher up is taken out of the path and put back with this node's fractions.
        var previous = 0;
        while (previous <= depth && path[previous].Feature != split)
        {
            previous++;
        }

        if (previous != depth + 1)
        {
            incomingZero = path[previous].ZeroFraction;
            incomingOne = path[previous].OneFraction;
            Unwind(path, depth, previous);
            depth--;
        }

        Recurse(row, phi, hot, depth + 1, offset, hotZeroFraction * incomingZero, incomingOne, split);
        Recurse(row, phi, cold, depth + 1, offset, coldZeroFraction * incomingZero, 0, split);
    }

    private static void Extend(Span<PathElement> path, int depth, float zeroFraction, float oneFraction, int feature)
    {
        path[depth] = new PathElement { Feature = feature, ZeroFraction = zeroFraction, OneFraction = oneFraction, Weight = depth == 0 ? 1f : 0f };
        for (var i = depth - 1; i >= 0; i--)
        {
            path[i + 1].Weight += oneFraction * path[i].Weight * (i + 1) / (depth + 1);
            path[i].Weight = zeroFraction * path[i].Weight * (depth - i) / (depth + 1);
        }
    }

    private static void Unwind(Span<PathElement> path, int depth, int index)
    {
        var oneFraction = path[index].OneFraction;
        var zeroFraction = path[index].ZeroFraction;
        var nextOnePortion = path[depth].Weight;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (oneFraction != 0)
            {
                var weight = path[i].Weight;
                path[i].Weight = nextOnePortion * (depth + 1) / ((i + 1) * oneFraction);
                nextOnePortion = weight - (path[i].Weight * zeroFraction * (depth - i) / (depth + 1));
            }
            else
            {
                path[i].Weight = path[i].Weight * (depth + 1) / (zeroFraction * (depth - i));
            }
        }

        for (var i = index; i < depth; i++)
        {
            path[i].Feature = path[i + 1].Feature;
            path[i].ZeroFraction = path[i + 1].ZeroFraction;
            path[i].OneFraction = path[i + 1].OneFraction;
        }
    }

    private static float UnwoundSum(ReadOnlySpan<PathElement> path, int depth, int index)
    {
        var oneFraction = path[index].OneFraction;
        var zeroFraction = path[index].ZeroFraction;
        var nextOnePortion = path[depth].Weight;
        float total = 0;
        for (var i = depth - 1; i >= 0; i--)
        {
            if (oneFraction != 0)
            {
                var weight = nextOnePortion * (depth + 1) / ((i + 1) * oneFraction);
                total += weight;
                nextOnePortion = path[i].Weight - (weight * zeroFraction * ((depth - i) / (float)(depth + 1)));
            }
            else if (zeroFraction != 0)
            {
                total += path[i].Weight / zeroFraction / ((depth - i) / (float)(depth + 1));
            }
        }

        return total;
    }

    private float MeanValue(int node)
    {
        if (_tree.IsLeaf(node))
        {
            return _tree.SplitConditions[node];
        }

        var left = _tree.LeftChildren[node];
        var right = _tree.RightChildren[node];
        var sum = MeanValue(left) * _covers[left];
        sum += MeanValue(right) * _covers[right];
        return sum / _covers[node];
    }

    private int Depth(int node) =>
        _tree.IsLeaf(node) ? 0 : 1 + Math.Max(Depth(_tree.LeftChildren[node]), Depth(_tree.RightChildren[node]));
}
