using System.Globalization;
using MlPipeline.Data.ModelInputs;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Training.Features;

/// <summary>
/// Turns dataset rows into the float matrix XGBoost trains on. Categorical features become their schema codes, so the
/// encoding is fixed by the schema file and the ONNX export can reproduce it; the per-value rules are <see cref="FeatureValues"/>'s, which serving uses too.
/// </summary>
public static class FeatureEncoder
{
    /// <param name="rows">Dataset row indices to encode, in the order wanted; rows whose label is missing are left out.</param>
    /// <exception cref="ArgumentException">A feature column cannot be encoded (text), or a label value is not a known class.</exception>
    public static EncodedRows Encode(DataTable table, DatasetSchema schema, IReadOnlyList<int> rows)
    {
        var features = schema.Features;
        var columns = features.Select(f => table[f.Name]).ToArray();
        foreach (var column in columns)
        {
            FeatureValues.CheckInput(column);
        }

        var label = table[schema.Label.Name];
        var labelOf = LabelReader(table, schema, label);
        var weight = schema.Weight is { } w ? (NumericColumn)table[w.Name] : null;
        var kept = rows.Where(r => !label.IsMissing(r)).ToArray();

        var values = new float[kept.Length * columns.Length];
        var labels = new float[kept.Length];
        var weights = weight is null ? null : new float[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            var row = kept[i];
            for (var j = 0; j < columns.Length; j++)
            {
                values[(i * columns.Length) + j] = FeatureValues.Of(columns[j], row);
            }

            labels[i] = labelOf(row);
            if (weights is not null)
            {
                weights[i] = weight!.Values[row];
            }
        }

        return new EncodedRows(values, features.Select(f => f.Name).ToArray(), labels, weights, kept);
    }

    private static Func<int, float> LabelReader(DataTable table, DatasetSchema schema, DataColumn label)
    {
        if (schema.Task == TaskKind.Regression)
        {
            return label is NumericColumn numeric
                ? row => numeric.Values[row]
                : throw new ArgumentException($"The label column \"{label.Name}\" must be numeric for a regression task; change its type or the task in the schema.");
        }

        var classes = LabelClasses.Of(table, schema);
        return label switch
        {
            CategoricalColumn categorical => CategoricalLabel(categorical, classes),
            NumericColumn numeric => NumericLabel(numeric, classes),
            _ => throw new ArgumentException($"The label column \"{label.Name}\" cannot be encoded as classes."),
        };
    }

    private static Func<int, float> CategoricalLabel(CategoricalColumn label, IReadOnlyList<string> classes)
    {
        // The column's codes index its own category list; the model's classes follow the schema's.
        var map = label.Categories.Select(c => IndexOf(classes, c, label.Name)).ToArray();
        return row => map[label.Codes[row]];
    }

    private static Func<int, float> NumericLabel(NumericColumn label, IReadOnlyList<string> classes) =>
        row => IndexOf(classes, label.Values[row].ToString("R", CultureInfo.InvariantCulture), label.Name);

    private static int IndexOf(IReadOnlyList<string> classes, string value, string column)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            if (classes[i] == value)
            {
                return i;
            }
        }

        throw new ArgumentException(
            $"The label column \"{column}\" holds \"{value}\", which is not one of the classes in the schema ({string.Join(", ", classes)}); add it to the label's categories.");
    }
}
