using MlPipeline.Onnx.Export;

namespace MlPipeline.Onnx.Explanation;

/// <summary>
/// Per-row SHAP contributions of an XGBoost model read from its JSON file, without XGBoost: what
/// <c>predict(pred_contribs=True)</c> returns, computed with TreeSHAP over the trees. Thread-safe: each call works on its
/// own buffers.
/// </summary>
public sealed class XGBoostExplainer
{
    private readonly XGBoostModel _model;

    private XGBoostExplainer(XGBoostModel model)
    {
        _model = model;
    }

    public int FeatureCount => _model.FeatureCount;

    /// <summary>Margins per row: 1 for binary and regression models, the class count for multiclass ones.</summary>
    public int OutputCount => _model.OutputCount;

    /// <summary>Reads XGBoost 1.7's JSON model (Booster.SaveJson).</summary>
    /// <exception cref="OnnxExportException">The bytes are not an XGBoost JSON tree model the exporter reads, or its trees carry no sum_hessian (covers).</exception>
    public static XGBoostExplainer Load(ReadOnlySpan<byte> json)
    {
        var model = XGBoostModelReader.Read(json);
        if (model.Trees.Any(t => t.Covers is null))
        {
            throw new OnnxExportException("The XGBoost model's trees have no sum_hessian, which SHAP values are weighted by. Save the model with Booster.SaveJson() from XGBoost 1.x or later.");
        }

        return new XGBoostExplainer(model);
    }

    /// <summary>
    /// The contributions of <paramref name="rows"/> rows (row-major, <see cref="FeatureCount"/> floats each, NaN where missing):
    /// [rows, <see cref="OutputCount"/>, FeatureCount + 1], the last column of each output the bias. Each output's values sum to its margin.
    /// </summary>
    /// <exception cref="ArgumentException">The data does not hold <paramref name="rows"/> rows of <see cref="FeatureCount"/> values.</exception>
    public float[] Explain(ReadOnlySpan<float> rowMajor, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        if (rowMajor.Length != (long)rows * FeatureCount)
        {
            throw new ArgumentException($"{rows} rows of {FeatureCount} features need {(long)rows * FeatureCount} values, but {rowMajor.Length} were given.", nameof(rowMajor));
        }

        var width = FeatureCount + 1;
        var contributions = new float[rows * OutputCount * width];
        var trees = _model.Trees.Select(t => new TreeShap(t, t.Covers!)).ToArray();
        var tree = new float[width];
        for (var row = 0; row < rows; row++)
        {
            var features = rowMajor.Slice(row * FeatureCount, FeatureCount);
            for (var output = 0; output < OutputCount; output++)
            {
                var phi = contributions.AsSpan(((row * OutputCount) + output) * width, width);
                // As XGBoost does: each tree into a zeroed buffer, then added, so the float sums round the same way.
                for (var t = 0; t < trees.Length; t++)
                {
                    if (_model.Trees[t].Target != output)
                    {
                        continue;
                    }

                    Array.Clear(tree);
                    tree[FeatureCount] = trees[t].ExpectedValue;
                    trees[t].AddContributions(features, tree);
                    for (var i = 0; i < width; i++)
                    {
                        phi[i] += tree[i];
                    }
                }

                phi[FeatureCount] += _model.StartingMargin;
            }
        }

        return contributions;
    }
}
