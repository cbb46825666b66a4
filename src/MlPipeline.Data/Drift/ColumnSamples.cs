using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Drift;

/// <summary>Reads the values a drift test needs out of a table column.</summary>
internal static class ColumnSamples
{
    private static readonly string[] BooleanCategories = ["false", "true"];

    /// <summary>The values present, ascending, widened to double (exactly, so a saved profile reproduces them).</summary>
    public static double[] SortedValues(NumericColumn column) => AscendingValues.Of(column.Values);

    public static IReadOnlyList<string> Categories(ColumnSchema schema, DataColumn column) => schema.Type switch
    {
        ColumnType.Boolean => BooleanCategories,
        _ => schema.Categories ?? (column as CategoricalColumn)?.Categories ?? [],
    };

    /// <summary>Rows per category of <paramref name="categories"/>, then rows with any other value; missing rows apart.</summary>
    public static (long[] Counts, long Other, long Missing) CountCategories(DataColumn column, IReadOnlyList<string> categories)
    {
        var counts = new long[categories.Count];
        long other = 0, missing = 0;
        var index = categories.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        switch (column)
        {
            case CategoricalColumn categorical:
                var map = categorical.Categories.Select(name => index.GetValueOrDefault(name, -1)).ToArray();
                foreach (var code in categorical.Codes)
                {
                    if (code == CategoricalColumn.Missing)
                        missing++;
                    else if (map[code] >= 0)
                        counts[map[code]]++;
                    else
                        other++;
                }
                break;
            case NumericColumn boolean:
                // Booleans are stored as 0 and 1; the categories are "false" and "true" in that order.
                foreach (var value in boolean.Values)
                {
                    if (float.IsNaN(value))
                        missing++;
                    else if (value is 0f or 1f)
                        counts[(int)value]++;
                    else
                        other++;
                }
                break;
            default:
                throw new ArgumentException($"Column {column.Name} is a {column.GetType().Name}; categories are counted in categorical and boolean columns only.", nameof(column));
        }
        return (counts, other, missing);
    }

    /// <summary>Whether <paramref name="column"/> is stored the way the schema type <paramref name="type"/> is loaded.</summary>
    public static bool Fits(ColumnType type, DataColumn column) => type switch
    {
        ColumnType.Numeric or ColumnType.Integer or ColumnType.Boolean => column is NumericColumn,
        ColumnType.Categorical => column is CategoricalColumn,
        _ => false,
    };

    public static string Describe(DataColumn column) => column switch
    {
        NumericColumn => "numeric",
        CategoricalColumn => "categorical",
        DateTimeColumn => "datetime",
        TextColumn => "text",
        _ => column.GetType().Name,
    };
}
