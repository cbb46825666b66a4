namespace MlPipeline.Onnx.Export;

/// <summary>An XGBoost tree model as read from its JSON document and checked for export.</summary>
/// <param name="OutputCount">Margins per row: 1, or the class count for a multiclass objective.</param>
/// <param name="StartingMargin">The margin every output starts from before the trees add theirs (from base_score).</param>
internal sealed record XGBoostModel(
    XGBoostObjective Objective,
    int FeatureCount,
    int OutputCount,
    float StartingMargin,
    IReadOnlyList<XGBoostTree> Trees);
