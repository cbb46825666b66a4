using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Validation;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Validation;

/// <summary>
/// A small binary dataset that passes every check, for tests to spoil one way at a time: features a = 0…59 and b, a
/// permutation of a (r = 0.0797, numpy.corrcoef), and the label y alternating no/yes. Row i is on file line i + 2.
/// </summary>
internal sealed record Dataset(double[] A, double[] B, string?[] Y)
{
    public const string Source = "data/x.csv";

    public static readonly string[] Answers = ["no", "yes"];

    public static Dataset Clean(int rows = 60) => new(
        Enumerable.Range(0, rows).Select(i => (double)i).ToArray(),
        Enumerable.Range(0, rows).Select(i => (double)(i * 37 % rows)).ToArray(),
        Enumerable.Range(0, rows).Select(i => Answers[i % 2]).ToArray());

    public DataTable Table() => Drift.TestTables.Table(Source, Numeric("a", A), Numeric("b", B), Categorical("y", Answers, Y));

    public static DatasetSchema Schema(ColumnSchema? a = null, ColumnSchema? b = null, ColumnSchema? y = null, TaskKind task = TaskKind.Binary) =>
        new(task,
        [
            a ?? new ColumnSchema("a", ColumnType.Numeric),
            b ?? new ColumnSchema("b", ColumnType.Numeric),
            y ?? new ColumnSchema("y", ColumnType.Categorical, ColumnRole.Label, Categories: Answers),
        ]);

    public IReadOnlyList<Finding> Validate(
        DatasetSchema? schema = null, IReadOnlyList<CellProblem>? problems = null, DatasetSplit? split = null, ValidationOptions? options = null) =>
        Validate(Table(), schema ?? Schema(), problems, split, options);

    public static IReadOnlyList<Finding> Validate(
        DataTable table, DatasetSchema schema, IReadOnlyList<CellProblem>? problems = null, DatasetSplit? split = null, ValidationOptions? options = null) =>
        new DataValidator(options).Validate(table, schema, problems ?? [], split ?? new DatasetSplit([.. Enumerable.Range(0, table.RowCount)], [], []));
}

internal static class FindingFilters
{
    public static Finding[] Of(this IReadOnlyList<Finding> findings, string check) => findings.Where(f => f.Check == check).ToArray();
}
