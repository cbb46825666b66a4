using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Tests.Splits;

/// <summary>Datasets built in memory for the split tests: a feature <c>x</c>, a label <c>y</c> and, where asked, a time <c>t</c>.</summary>
internal static class SplitTables
{
    public static readonly DateTime Start = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static DataTable Table(params DataColumn[] columns) =>
        new("rows.csv", columns, Enumerable.Range(2, columns[0].Length).ToArray());

    /// <summary><paramref name="counts"/>[i] rows of class i, in order, with distinct features so no two rows are equal.</summary>
    public static DataTable Classes(params int[] counts)
    {
        var labels = counts.SelectMany((count, code) => Enumerable.Repeat(code, count)).ToArray();
        return Table(Features(labels.Length), new CategoricalColumn("y", labels, ClassNames(counts.Length)));
    }

    public static DatasetSchema ClassSchema(int classes, TaskKind task = TaskKind.Multiclass, bool withTime = false) =>
        new(task, [
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("y", ColumnType.Categorical, ColumnRole.Label, Categories: ClassNames(classes)),
            .. withTime ? [new ColumnSchema("t", ColumnType.DateTime, ColumnRole.Time)] : Array.Empty<ColumnSchema>(),
        ]);

    public static DatasetSchema RegressionSchema(bool withTime = false) =>
        new(TaskKind.Regression, [
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label),
            .. withTime ? [new ColumnSchema("t", ColumnType.DateTime, ColumnRole.Time)] : Array.Empty<ColumnSchema>(),
        ]);

    /// <summary>x = 0, 1, 2, …</summary>
    public static NumericColumn Features(int rows) => new("x", Enumerable.Range(0, rows).Select(i => (float)i).ToArray());

    public static NumericColumn Labels(IEnumerable<double> values) => new("y", values.Select(v => (float)v).ToArray());

    /// <summary>Row i at <see cref="Start"/> plus <paramref name="hours"/>[i] hours; <c>null</c> is a missing time.</summary>
    public static DateTimeColumn Times(IEnumerable<int?> hours) =>
        new("t", hours.Select(h => h is { } hour ? Start.AddHours(hour).Ticks : DateTimeColumn.Missing).ToArray());

    public static SplitOptions Options(SplitStrategy strategy = SplitStrategy.Stratified, int seed = 42, double train = 0.7, double validation = 0.15, double benchmark = 0.15) =>
        new(train, validation, benchmark, strategy, seed);

    /// <summary>A new table holding <paramref name="rows"/> of <paramref name="table"/> in that order (rows may repeat).</summary>
    public static DataTable Rows(DataTable table, IReadOnlyList<int> rows) =>
        new(table.Source, table.Columns.Select(c => Take(c, rows)).ToArray(), rows.Select(r => table.LineNumbers[r]).ToArray());

    public static int[] ClassesOf(DataTable table, int[] rows) => rows.Select(r => ((CategoricalColumn)table["y"]).Codes[r]).ToArray();

    private static DataColumn Take(DataColumn column, IReadOnlyList<int> rows) => column switch
    {
        NumericColumn n => new NumericColumn(n.Name, rows.Select(r => n.Values[r]).ToArray()),
        CategoricalColumn c => new CategoricalColumn(c.Name, rows.Select(r => c.Codes[r]).ToArray(), c.Categories),
        DateTimeColumn d => new DateTimeColumn(d.Name, rows.Select(r => d.Ticks[r]).ToArray()),
        TextColumn t => new TextColumn(t.Name, rows.Select(r => t.Values[r]).ToArray()),
        _ => throw new ArgumentException($"No copy for {column.GetType().Name}."),
    };

    private static string[] ClassNames(int count) => Enumerable.Range(0, count).Select(i => $"c{i}").ToArray();
}
