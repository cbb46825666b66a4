namespace MlPipeline.Reporting.Content;

/// <summary>A feature's global importance (mean |SHAP|).</summary>
public sealed record FeatureImportance(string Feature, double Importance);
