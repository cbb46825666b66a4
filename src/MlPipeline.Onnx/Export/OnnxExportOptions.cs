namespace MlPipeline.Onnx.Export;

/// <summary>What the exported ONNX model is called and what it says about itself; the trees come from the XGBoost model.</summary>
public sealed record OnnxExportOptions
{
    /// <summary>The name of the graph's float [N, F] input. Default <c>"features"</c>.</summary>
    public string InputName { get; init; } = "features";

    /// <summary>
    /// The model's features in column order, written to the metadata as <c>feature_names</c> (a JSON array) so a scorer
    /// can build the input. Default null: not written. When given, there must be one per feature of the model.
    /// </summary>
    public IReadOnlyList<string>? FeatureNames { get; init; }

    /// <summary>
    /// A classifier's classes in output order (column i of <c>probabilities</c> is class i), written to the metadata as
    /// <c>class_labels</c> (a JSON array). Default null: not written. A binary model has two; a regression model none.
    /// </summary>
    public IReadOnlyList<string>? ClassLabels { get; init; }

    /// <summary>
    /// Key/value pairs for the model's metadata_props, e.g. the model version and the data hash. Written sorted by key
    /// (ordinal), so the output does not depend on the dictionary's order. Default empty. The keys
    /// <c>feature_names</c> and <c>class_labels</c> are taken by the options above.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
