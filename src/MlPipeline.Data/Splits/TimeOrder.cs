using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Splits;

/// <summary>Orders groups of rows by the schema's time column for a time-ordered split.</summary>
internal static class TimeOrder
{
    /// <returns>The groups by ascending time, ties by first row index (rows of one group share their time, being identical).</returns>
    /// <exception cref="ArgumentException">The schema has no time column, it is not a datetime column, or rows lack a time.</exception>
    public static IEnumerable<int[]> Sort(int[][] groups, DataTable table, DatasetSchema schema)
    {
        var time = schema.Time ?? throw new ArgumentException(
            $"A time-ordered split needs a time column, but the schema of {table.Source} has none; add \"role\": \"time\" to a datetime column or choose the stratified or random split.",
            nameof(schema));
        if (table[time.Name] is not DateTimeColumn column)
            throw new ArgumentException(
                $"The time column \"{time.Name}\" of {table.Source} is not a datetime column; declare it \"type\": \"datetime\" in the schema or choose the stratified or random split.",
                nameof(schema));

        var missing = groups.SelectMany(g => g).Where(column.IsMissing).Order().ToArray();
        if (missing.Length > 0)
            throw new ArgumentException(
                $"{missing.Length} labelled rows of {table.Source} have no value in the time column \"{time.Name}\" (the first at {table.Source}:{table.LineNumbers[missing[0]]}); "
                + "a time-ordered split must place every row in time: fill or drop those rows, or choose the stratified or random split.",
                nameof(table));

        return groups.OrderBy(g => column.Ticks[g[0]]).ThenBy(g => g[0]);
    }
}
