namespace MlPipeline.Onnx.Export;

/// <summary>An XGBoost objective the exporter supports: how its starting margin comes from base_score and what the graph outputs.</summary>
internal sealed record XGBoostObjective(string Name, ModelOutput Output)
{
    public static IReadOnlyList<XGBoostObjective> Supported { get; } =
    [
        new("binary:logistic", ModelOutput.BinaryProbabilities),
        new("multi:softprob", ModelOutput.ClassProbabilities),
        // XGBoost predicts the arg-max class; the graph gives the probabilities it is the arg-max of.
        new("multi:softmax", ModelOutput.ClassProbabilities),
        new("reg:squarederror", ModelOutput.Value),
        new("reg:logistic", ModelOutput.LogisticValue),
    ];

    public bool IsClassifier => Output is ModelOutput.BinaryProbabilities or ModelOutput.ClassProbabilities;

    private bool IsLogistic => Output is ModelOutput.BinaryProbabilities or ModelOutput.LogisticValue;

    /// <exception cref="OnnxExportException">The objective is not one of <see cref="Supported"/>.</exception>
    public static XGBoostObjective Named(string name) =>
        Supported.FirstOrDefault(o => o.Name == name)
        ?? throw new OnnxExportException(
            $"The XGBoost model's objective is \"{name}\", which the ONNX exporter does not support. "
            + $"Supported objectives: {string.Join(", ", Supported.Select(o => o.Name))}.");

    /// <summary>
    /// The margin every row starts from, as XGBoost 1.7's ProbToMargin computes it in float32: base_score is a
    /// probability for the logistic objectives (margin = logit), the margin itself for the others.
    /// </summary>
    /// <exception cref="OnnxExportException">A logistic objective's base_score is not a probability strictly between 0 and 1.</exception>
    public float StartingMargin(float baseScore)
    {
        if (!IsLogistic)
        {
            return baseScore;
        }

        if (!(baseScore is > 0f and < 1f))
        {
            throw new OnnxExportException(
                $"The XGBoost model's base_score is {baseScore.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}, "
                + $"but {Name} needs a probability strictly between 0 and 1. The model file is damaged; save it again with Booster.SaveJson().");
        }

        return -MathF.Log((1f / baseScore) - 1f);
    }
}
