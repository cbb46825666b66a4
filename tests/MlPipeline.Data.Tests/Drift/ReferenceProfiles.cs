using System.Text.Json;
using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.IO;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Drift;

public sealed class ReferenceProfiles
{
    [Fact]
    public void ANumericColumnKeepsItsMomentsDecileBinsSketchAndSortedValues()
    {
        var table = Table("reference.csv", Numeric("x", [.. KolmogorovSmirnov.A, double.NaN, double.NaN]));

        var profile = (NumericProfile)ReferenceProfile.Create(table, Schema(new ColumnSchema("x", ColumnType.Numeric))).Columns.Single();

        // a = np.array(A, dtype=np.float32).astype(np.float64): a.mean(), a.std(), np.quantile(a, np.arange(1, 10) / 10),
        // np.bincount(np.digitize(a, edges))
        Assert.Equal((20L, 2L), (profile.Count, profile.Missing));
        Assert.Equal(-0.3149999969638884, profile.Mean, 12);
        Assert.Equal(0.7614361451443818, profile.StdDev, 12);
        Assert.Equal(
            [-1.2949999690055847, -0.9420000076293945, -0.7009999990463256, -0.4720000088214874, -0.35999999940395355,
             -0.01799999959766864, 0.07499999888241285, 0.3120000123977662, 0.5110000073909763],
            profile.BinEdges,
            new ToleranceComparer(1e-12));
        Assert.Equal([2L, 2, 2, 2, 2, 2, 2, 2, 2, 2], profile.BinCounts);
        Assert.Equal(KolmogorovSmirnov.A.Order().Select(v => (double)(float)v), profile.SortedValues!);
        Assert.Equal(ReferenceProfile.DefaultSketchSize, profile.Quantiles.Count);
        Assert.Equal((-1.9f, 1.34f), ((float)profile.Quantiles[0], (float)profile.Quantiles[^1]));
    }

    [Fact]
    public void TiedDecilesMergeIntoOneEdge()
    {
        var table = Table("reference.csv", Numeric("rain", [.. Enumerable.Repeat(0.0, 12), 1, 2, 3, 4, 5, 6, 7, 8]));

        var profile = (NumericProfile)ReferenceProfile.Create(table, Schema(new ColumnSchema("rain", ColumnType.Numeric))).Columns.Single();

        // np.unique(np.quantile(z, np.arange(1, 10) / 10)), np.bincount(np.digitize(z, edges))
        Assert.Equal([0, 0.4, 2.3, 4.2, 6.1], profile.BinEdges, new ToleranceComparer(1e-12));
        Assert.Equal([0L, 12, 2, 2, 2, 2], profile.BinCounts);
    }

    [Fact]
    public void AReferenceAboveTheSmallSampleLimitKeepsNoValues()
    {
        var table = Table("reference.csv", Numeric("x", Normal(1, 11)));

        var profile = (NumericProfile)ReferenceProfile.Create(table, Schema(new ColumnSchema("x", ColumnType.Numeric)), smallSampleLimit: 10).Columns.Single();

        Assert.Null(profile.SortedValues);
        Assert.Equal(11, profile.BinCounts.Sum());
    }

    [Fact]
    public void CategoriesAreCountedByNameInSchemaOrderWithUnknownValuesAsOther()
    {
        var column = Categorical("color", ["green", "red", "teal"], ["red", "red", "teal", "green", null, "red"]);
        var schema = Schema(new ColumnSchema("color", ColumnType.Categorical, Categories: ["red", "green", "blue"]));

        var profile = (CategoricalProfile)ReferenceProfile.Create(Table("reference.csv", column), schema).Columns.Single();

        Assert.Equal(["red", "green", "blue"], profile.Categories);
        Assert.Equal([3L, 1, 0], profile.Counts);
        Assert.Equal((1L, 5L, 1L), (profile.Other, profile.Count, profile.Missing));
    }

    [Fact]
    public void BooleansAreCountedAsFalseAndTrue()
    {
        var table = Table("reference.csv", Numeric("member", [1, 0, 1, 1, double.NaN]));

        var profile = (CategoricalProfile)ReferenceProfile.Create(table, Schema(new ColumnSchema("member", ColumnType.Boolean))).Columns.Single();

        Assert.Equal(["false", "true"], profile.Categories);
        Assert.Equal([1L, 3], profile.Counts);
        Assert.Equal(1, profile.Missing);
    }

    [Fact]
    public void FeaturesAndTheLabelAreProfiledButNotTimeIdTextOrIgnoredColumns()
    {
        var table = Table("reference.csv",
            new DateTimeColumn("day", [1, 2]),
            Numeric("id", [1, 2]),
            new TextColumn("note", ["a", "b"]),
            Numeric("x", [1, 2]),
            Numeric("skip", [1, 2]),
            Numeric("y", [3, 4]));
        var schema = Schema(
            new ColumnSchema("day", ColumnType.DateTime, ColumnRole.Time),
            new ColumnSchema("id", ColumnType.Integer, ColumnRole.Id),
            new ColumnSchema("note", ColumnType.Text),
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("skip", ColumnType.Numeric, ColumnRole.Ignore),
            new ColumnSchema("y", ColumnType.Numeric, ColumnRole.Label));

        var profile = ReferenceProfile.Create(table, schema);

        Assert.Equal(["x", "y"], profile.Columns.Select(c => c.Name));
        Assert.Equal((2, "reference.csv"), (profile.RowCount, profile.Source));
    }

    [Fact]
    public void AProfileFromTheColumnsTheStatisticsSortedEqualsOneBuiltAlone()
    {
        // NaN, -0 and 0 and ties: the cases where another sort would order the values differently.
        var table = Table(
            "reference.csv",
            Numeric("x", [.. Normal(3, 40), double.NaN, -0.0, 0.0, 1, 1]),
            Numeric("small", [.. Normal(4, 45)]),
            Categorical("color", ["red", "green"], 20, 25));
        var schema = Schema(
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("small", ColumnType.Numeric),
            new ColumnSchema("color", ColumnType.Categorical, ColumnRole.Label, Categories: ["red", "green"]));
        var sorted = new SortedColumns();
        ColumnStatisticsCalculator.Compute(table, schema, sorted);

        var shared = ReferenceProfile.Create(table, schema, smallSampleLimit: 45, sorted: sorted);
        var alone = ReferenceProfile.Create(table, schema, smallSampleLimit: 45);

        Assert.Equal(JsonSerializer.Serialize(alone, DataJson.Options), JsonSerializer.Serialize(shared, DataJson.Options));
        // The profile reads the very arrays the statistics sorted rather than sorting again.
        Assert.Same(sorted.Of((NumericColumn)table["small"]), ((NumericProfile)shared.Columns[1]).SortedValues);
        Assert.NotSame(sorted.Of((NumericColumn)table["small"]), ((NumericProfile)alone.Columns[1]).SortedValues);
    }

    [Fact]
    public void ASchemaColumnMissingFromTheReferenceIsNamed()
    {
        var table = Table("reference.csv", Numeric("x", [1, 2]));
        var schema = Schema(new ColumnSchema("x", ColumnType.Numeric), new ColumnSchema("y", ColumnType.Numeric), new ColumnSchema("z", ColumnType.Categorical));

        var error = Assert.Throws<DriftDetectionException>(() => ReferenceProfile.Create(table, schema));

        Assert.Equal(["y", "z"], error.Columns);
        Assert.Equal("The reference reference.csv has no column y, z that the schema declares as a feature or label; fix the schema or the reference file.", error.Message);
    }

    [Fact]
    public void AColumnStoredWithAnotherTypeIsNamed()
    {
        var table = Table("reference.csv", Numeric("color", [1, 2]));

        var error = Assert.Throws<DriftDetectionException>(() =>
            ReferenceProfile.Create(table, Schema(new ColumnSchema("color", ColumnType.Categorical))));

        Assert.Equal("The reference reference.csv stores color as numeric but the schema says categorical; load the table with the same schema.", error.Message);
    }

    internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
