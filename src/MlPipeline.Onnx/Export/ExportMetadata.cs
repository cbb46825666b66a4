using System.Text.Json;
using MlPipeline.Onnx.Proto;

namespace MlPipeline.Onnx.Export;

/// <summary>The model's metadata_props: the caller's pairs plus feature names and class labels, sorted by key for byte-stable output.</summary>
internal static class ExportMetadata
{
    public const string FeatureNamesKey = "feature_names";

    public const string ClassLabelsKey = "class_labels";

    /// <exception cref="OnnxExportException">The names or labels do not match the model, or a key is empty or reserved.</exception>
    public static IReadOnlyList<StringStringEntryProto> For(XGBoostModel model, OnnxExportOptions options)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in options.Metadata)
        {
            if (string.IsNullOrWhiteSpace(key) || key is FeatureNamesKey or ClassLabelsKey)
            {
                throw new OnnxExportException(
                    $"The metadata key \"{key}\" cannot be used: keys must be non-empty, and {FeatureNamesKey} and {ClassLabelsKey} are written from "
                    + "OnnxExportOptions.FeatureNames and ClassLabels. Pass those through the options or rename the key.");
            }

            entries[key] = value ?? throw new OnnxExportException($"The metadata value for \"{key}\" is null; give it a value or leave the key out.");
        }

        if (options.FeatureNames is { } features)
        {
            if (features.Count != model.FeatureCount)
            {
                throw new OnnxExportException(
                    $"OnnxExportOptions.FeatureNames has {features.Count} names but the XGBoost model has {model.FeatureCount} features; give one name per model column, in column order.");
            }

            entries[FeatureNamesKey] = JsonArray(features);
        }

        if (options.ClassLabels is { } labels)
        {
            if (!model.Objective.IsClassifier)
            {
                throw new OnnxExportException(
                    $"OnnxExportOptions.ClassLabels is set but the XGBoost model is a {model.Objective.Name} regression model, which has no classes; leave ClassLabels null.");
            }

            var classCount = model.Objective.Output == ModelOutput.BinaryProbabilities ? 2 : model.OutputCount;
            if (labels.Count != classCount)
            {
                throw new OnnxExportException(
                    $"OnnxExportOptions.ClassLabels has {labels.Count} labels but the {model.Objective.Name} model has {classCount} classes; give one label per class, in class-index order.");
            }

            entries[ClassLabelsKey] = JsonArray(labels);
        }

        return entries.Select(e => new StringStringEntryProto { Key = e.Key, Value = e.Value }).ToArray();
    }

    private static string JsonArray(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values, MetadataJsonContext.Default.IReadOnlyListString);
}
