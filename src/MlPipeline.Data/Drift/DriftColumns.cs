using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Drift;

/// <summary>Which schema columns drift is measured on.</summary>
internal static class DriftColumns
{
    /// <summary>
    /// The features and the label (a shifted label distribution is drift too), in schema order. Datetime columns are
    /// left out because a new batch is later in time by definition, text columns because they are never model inputs.
    /// </summary>
    public static IReadOnlyList<ColumnSchema> Select(DatasetSchema schema) =>
        schema.Columns
            .Where(c => c.Role is ColumnRole.Feature or ColumnRole.Label)
            .Where(c => c.Type is not (ColumnType.DateTime or ColumnType.Text))
            .ToArray();

    public static bool IsNumeric(ColumnType type) => type is ColumnType.Numeric or ColumnType.Integer;
}
