using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>Takes a <see cref="ReferenceProfile"/> from a loaded table.</summary>
internal static class ReferenceProfileBuilder
{
    public static ReferenceProfile Build(DataTable table, DatasetSchema schema, int smallSampleLimit, int sketchSize, SortedColumns sorted)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(smallSampleLimit);
        ArgumentOutOfRangeException.ThrowIfLessThan(sketchSize, 1);
        var columns = DriftColumns.Select(schema);
        var absent = columns.Where(c => table.Find(c.Name) is null).Select(c => c.Name).ToArray();
        if (absent.Length > 0)
            throw new DriftDetectionException(
                $"The reference {table.Source} has no column {string.Join(", ", absent)} that the schema declares as a feature or label; "
                + "fix the schema or the reference file.",
                absent);
        var mistyped = columns.Where(c => !ColumnSamples.Fits(c.Type, table[c.Name])).ToArray();
        if (mistyped.Length > 0)
            throw new DriftDetectionException(
                $"The reference {table.Source} stores "
                + string.Join(", ", mistyped.Select(c => $"{c.Name} as {ColumnSamples.Describe(table[c.Name])} but the schema says {c.Type.ToString().ToLowerInvariant()}"))
                + "; load the table with the same schema.",
                mistyped.Select(c => c.Name).ToArray());

        var profiles = new ColumnProfile[columns.Count];
        // Columns are independent, so they are profiled in parallel; each exactly as alone.
        Parallel.For(0, profiles.Length, i => profiles[i] = DriftColumns.IsNumeric(columns[i].Type)
            ? Numeric(columns[i], (NumericColumn)table[columns[i].Name], smallSampleLimit, sketchSize, sorted)
            : Categorical(columns[i], table[columns[i].Name]));
        return new ReferenceProfile(ReferenceProfile.CurrentFormatVersion, table.Source, table.RowCount, smallSampleLimit, sketchSize, profiles);
    }

    private static NumericProfile Numeric(ColumnSchema schema, NumericColumn column, int smallSampleLimit, int sketchSize, SortedColumns sortedColumns)
    {
        var sorted = sortedColumns.Of(column);
        var missing = column.Length - sorted.Length;
        if (sorted.Length == 0)
            return new NumericProfile(schema.Name, schema.Type, 0, missing, 0, 0, 0, 0, [], [], [0], []);
        var mean = sorted.Average();
        var stdDev = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / sorted.Length);
        var edges = Quantiles.DecileEdges(sorted);
        return new NumericProfile(
            schema.Name,
            schema.Type,
            sorted.Length,
            missing,
            mean,
            stdDev,
            sorted[0],
            sorted[^1],
            sorted.Length <= smallSampleLimit ? sorted : null,
            edges,
            Quantiles.BinCounts(edges, sorted),
            Quantiles.Sketch(sorted, sketchSize));
    }

    private static CategoricalProfile Categorical(ColumnSchema schema, DataColumn column)
    {
        var categories = ColumnSamples.Categories(schema, column);
        var (counts, other, missing) = ColumnSamples.CountCategories(column, categories);
        return new CategoricalProfile(schema.Name, schema.Type, counts.Sum() + other, missing, categories.ToArray(), counts, other);
    }
}
