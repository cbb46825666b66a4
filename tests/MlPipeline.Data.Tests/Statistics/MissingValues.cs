using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Statistics;

public sealed class MissingValues
{
    [Fact]
    public void MissingNumbersAreCountedAndLeftOutOfTheMoments()
    {
        var table = Table("x.csv", Numeric("x", [3, double.NaN, 1, 2, 10]));

        var x = ColumnStatisticsCalculator.Compute(table, Schema(new ColumnSchema("x", ColumnType.Numeric))).Single();

        // x = np.array([3, 1, 2, 10.]); x.mean(), x.std(ddof=1), np.quantile(x, [.05, .25, .5, .75, .95])
        Assert.Equal((4, 1, 0.2, 4), (x.Count, x.Missing, x.MissingRatio, x.Distinct));
        Assert.Equal((1.0, 10.0, 4.0), (x.Min, x.Max, x.Mean));
        Assert.Equal(4.08248290463863, x.Std!.Value, 1e-12);
        Assert.Equal([1.15, 1.75, 2.5, 4.75, 8.949999999999998], new[] { x.P5, x.P25, x.P50, x.P75, x.P95 }.Select(q => q!.Value), new Close(1e-12));
    }

    [Fact]
    public void OneValueHasNoStandardDeviationAndNoValueHasNoMoments()
    {
        var table = Table("x.csv", Numeric("one", [double.NaN, 7]), Numeric("none", [double.NaN, double.NaN]));
        var schema = Schema(new ColumnSchema("one", ColumnType.Integer), new ColumnSchema("none", ColumnType.Numeric));

        var (one, none) = ColumnStatisticsCalculator.Compute(table, schema) switch { [var a, var b] => (a, b), _ => throw new InvalidOperationException() };

        Assert.Equal((7.0, 7.0, 7.0, 7.0), (one.Mean, one.P5, one.P95, one.Min));
        Assert.Null(one.Std);
        Assert.Equal((0, 2, 1.0, 0), (none.Count, none.Missing, none.MissingRatio, none.Distinct));
        Assert.Null(none.Mean);
        Assert.Null(none.Min);
    }

    [Fact]
    public void UnusedCategoriesAreListedWithZeroAndMissingCodesAreNotACategory()
    {
        var table = Table("x.csv", Categorical("c", ["a", "b", "c"], ["c", null, "a", "c"]));

        var c = ColumnStatisticsCalculator.Compute(table, Schema(new ColumnSchema("c", ColumnType.Categorical, Categories: ["a", "b", "c"]))).Single();

        Assert.Equal([new("a", 1), new("b", 0), new CategoryCount("c", 2)], c.Categories!);
        Assert.Equal((3, 1, 2), (c.Count, c.Missing, c.Distinct));
    }

    [Fact]
    public void TextAndDateColumnsCountDistinctValues()
    {
        var table = Table("x.csv",
            new TextColumn("id", ["a", null, "a", "b"]),
            new DateTimeColumn("t", [DateTimeColumn.Missing, new DateTime(2020, 5, 1).Ticks, new DateTime(2019, 1, 2, 3, 4, 5).Ticks, new DateTime(2020, 5, 1).Ticks]));
        var schema = Schema(new ColumnSchema("id", ColumnType.Text, ColumnRole.Id), new ColumnSchema("t", ColumnType.DateTime, ColumnRole.Time));

        var columns = ColumnStatisticsCalculator.Compute(table, schema);

        Assert.Equal((3, 1, 2), (columns[0].Count, columns[0].Missing, columns[0].Distinct));
        Assert.Equal((3, 2, "2019-01-02T03:04:05.0000000Z", "2020-05-01T00:00:00.0000000Z"),
            (columns[1].Count, columns[1].Distinct, columns[1].MinTime, columns[1].MaxTime));
    }

    [Fact]
    public void AnEmptyTableHasNoMissingRatio()
    {
        var table = new DataTable("x.csv", [new NumericColumn("x", [])], []);

        var x = ColumnStatisticsCalculator.Compute(table, Schema(new ColumnSchema("x", ColumnType.Numeric))).Single();

        Assert.Equal((0, 0, 0.0), (x.Count, x.Missing, x.MissingRatio));
    }

    private sealed class Close(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
