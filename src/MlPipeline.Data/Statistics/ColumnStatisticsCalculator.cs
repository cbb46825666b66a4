using System.Runtime.CompilerServices;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Statistics;

/// <summary>Computes <see cref="ColumnStatistics"/> for every column of a table.</summary>
public static class ColumnStatisticsCalculator
{
    /// <param name="sorted">Where the numeric columns' sorted values come from and stay, for a later reader of the same table; a new one by default.</param>
    /// <returns>One entry per schema column, in schema order.</returns>
    /// <exception cref="KeyNotFoundException">The table lacks a column the schema names.</exception>
    public static IReadOnlyList<ColumnStatistics> Compute(DataTable table, DatasetSchema schema, SortedColumns? sorted = null)
    {
        var sortedColumns = sorted ?? new SortedColumns();
        var columns = schema.Columns.Select(column => table[column.Name]).ToArray();
        var statistics = new ColumnStatistics[columns.Length];
        // Columns are independent, so they are computed in parallel; each is computed exactly as alone.
        Parallel.For(0, columns.Length, i => statistics[i] = Compute(columns[i], schema.Columns[i], table.RowCount, sortedColumns));
        return statistics;
    }

    private static ColumnStatistics Compute(DataColumn column, ColumnSchema schema, int rows, SortedColumns sorted) => column switch
    {
        NumericColumn numeric => Numeric(schema, rows, sorted.Of(numeric)),
        CategoricalColumn categorical => Categorical(categorical, schema, rows),
        DateTimeColumn dates => DateTimes(dates, schema, rows),
        _ => Counts(column, schema, rows, Enumerable.Range(0, rows).Where(r => !column.IsMissing(r)).Select(column.Format).Distinct().Count()),
    };

    private static ColumnStatistics Numeric(ColumnSchema schema, int rows, double[] sorted)
    {
        var counts = Counts(schema, rows, rows - sorted.Length, DistinctInOrder(sorted));
        if (sorted.Length == 0)
            return counts;

        var mean = Total(sorted) / sorted.Length;
        double? std = sorted.Length > 1 ? Math.Sqrt(SquaredDeviations(sorted, mean) / (sorted.Length - 1)) : null;
        return counts with
        {
            Min = sorted[0],
            Max = sorted[^1],
            Mean = mean,
            Std = std,
            P5 = Quantiles.Linear(sorted, 0.05),
            P25 = Quantiles.Linear(sorted, 0.25),
            P50 = Quantiles.Linear(sorted, 0.5),
            P75 = Quantiles.Linear(sorted, 0.75),
            P95 = Quantiles.Linear(sorted, 0.95),
        };
    }

    // Added in order, as LINQ's Average and Sum add them, so the moments do not change with the loop; optimised from
    // the first call because each runs once per column over every value.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Total(double[] values)
    {
        double sum = 0;
        foreach (var value in values)
            sum += value;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double SquaredDeviations(double[] values, double mean)
    {
        double sum = 0;
        foreach (var value in values)
            sum += (value - mean) * (value - mean);
        return sum;
    }

    /// <summary>How many distinct values an ascending array holds (0 and -0 counting as one, as <c>Distinct</c> counts them).</summary>
    private static int DistinctInOrder(double[] sorted)
    {
        var distinct = sorted.Length == 0 ? 0 : 1;
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] != sorted[i - 1])
                distinct++;
        }

        return distinct;
    }

    private static ColumnStatistics Categorical(CategoricalColumn column, ColumnSchema schema, int rows)
    {
        var perCode = new int[column.Categories.Count];
        foreach (var code in column.Codes)
            if (code != CategoricalColumn.Missing)
                perCode[code]++;

        return Counts(column, schema, rows, perCode.Count(n => n > 0)) with
        {
            Categories = column.Categories.Select((category, code) => new CategoryCount(category, perCode[code])).ToArray(),
        };
    }

    private static ColumnStatistics DateTimes(DateTimeColumn column, ColumnSchema schema, int rows)
    {
        var present = Enumerable.Range(0, rows).Where(r => !column.IsMissing(r)).ToArray();
        var counts = Counts(column, schema, rows, present.Select(r => column.Ticks[r]).Distinct().Count());
        if (present.Length == 0)
            return counts;

        var earliest = present.MinBy(r => column.Ticks[r]);
        var latest = present.MaxBy(r => column.Ticks[r]);
        return counts with { MinTime = column.Format(earliest), MaxTime = column.Format(latest) };
    }

    private static ColumnStatistics Counts(DataColumn column, ColumnSchema schema, int rows, int distinct) =>
        Counts(schema, rows, Enumerable.Range(0, rows).Count(column.IsMissing), distinct);

    private static ColumnStatistics Counts(ColumnSchema schema, int rows, int missing, int distinct) =>
        new(schema.Name, schema.Type, schema.Role, rows - missing, missing, rows == 0 ? 0 : (double)missing / rows, distinct);
}
