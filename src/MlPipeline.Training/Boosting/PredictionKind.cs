namespace MlPipeline.Training.Boosting;

/// <summary>What <see cref="Booster.Predict"/> returns; the values are XGBoost's <c>type</c> codes.</summary>
public enum PredictionKind
{
    /// <summary>Probabilities (classification) or values (regression).</summary>
    Value = 0,
    /// <summary>Raw margins before the link function.</summary>
    Margin = 1,
    /// <summary>SHAP contributions per feature plus a last bias column; they sum to the margin.</summary>
    Contributions = 2,
}
