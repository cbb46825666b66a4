using MlPipeline.Data.Drift;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Drift;

public sealed class Detection
{
    private const int Rows = 300;
    private static readonly string[] Colors = ["red", "green", "blue"];

    [Fact]
    public void AnIdenticalBatchDriftsNowhereWithTheTests()
    {
        var reference = Data("reference.csv", seed: 1);

        var report = Detect(reference, reference, DefaultSchema());

        Assert.Equal(["ks", "ks", "ks", "ks", "chi2", "chi2"], report.Columns.Select(c => c.Method));
        Assert.All(report.Columns, c => Assert.Equal(1, c.Score, 12));
        Assert.All(report.Columns, c => Assert.False(c.Drifted));
        Assert.Equal((false, 0.0), (report.Drifted, report.DriftedShare));
    }

    [Fact]
    public void AnIdenticalBatchDriftsNowhereWithTheDistances()
    {
        var reference = Data("reference.csv", seed: 1);

        var report = Detect(reference, reference, DefaultSchema(), new DriftOptions(SmallSampleLimit: 100));

        Assert.Equal(["psi", "psi", "psi", "psi", "js", "js"], report.Columns.Select(c => c.Method));
        Assert.All(report.Columns, c => Assert.Equal(0, c.Score, 12));
        Assert.False(report.Drifted);
    }

    [Fact]
    public void AFreshSampleOfTheSameDistributionDoesNotDrift()
    {
        var report = Detect(Data("reference.csv", seed: 1), Data("batch.csv", seed: 2), DefaultSchema());

        Assert.All(report.Columns, c => Assert.False(c.Drifted, $"{c.Name}: {c.Method} {c.Score}"));
    }

    [Fact]
    public void ANumericColumnShiftedByTwoStandardDeviationsDriftsUnderEveryMethod()
    {
        var (reference, batch) = (Data("reference.csv", seed: 1), Data("batch.csv", seed: 2, shiftA: 2));
        var wasserstein = DefaultSchema(a: new DriftSettings("wasserstein"));

        var ks = Detect(reference, batch, DefaultSchema()).Columns[0];
        var psi = Detect(reference, batch, DefaultSchema(), new DriftOptions(SmallSampleLimit: 100)).Columns[0];
        var distance = Detect(reference, batch, wasserstein).Columns[0];

        Assert.True(ks.Drifted);
        Assert.True(ks.Score < 1e-30, $"p = {ks.Score}");
        Assert.InRange(ks.Statistic!.Value, 0.6, 0.8); // Φ(1) − Φ(−1) = 0.68 for two unit normals 2 apart
        Assert.True(psi.Drifted);
        Assert.True(psi.Score > 2, $"PSI = {psi.Score}");
        Assert.True(distance.Drifted);
        Assert.Equal(2, distance.Score, 0.2); // the mean moved two reference standard deviations
    }

    [Fact]
    public void ACriticalColumnDriftingAloneMarksTheDatasetDrifted()
    {
        var (reference, batch) = (Data("reference.csv", seed: 1), Data("batch.csv", seed: 2, shiftA: 2));

        var critical = Detect(reference, batch, DefaultSchema(a: new DriftSettings(Critical: true)));
        var plain = Detect(reference, batch, DefaultSchema());

        Assert.Equal(1.0 / 6, critical.DriftedShare, 12);
        Assert.True(critical.Drifted);
        Assert.True(critical.Columns[0].Critical);
        Assert.False(plain.Drifted);
    }

    [Fact]
    public void TheDatasetDriftsWhenTheShareOfDriftedColumnsReachesTheThreshold()
    {
        var (reference, batch) = (Data("reference.csv", seed: 1), Data("batch.csv", seed: 2, shiftA: 2, shiftB: 2, shiftC: 2));

        var atDefault = Detect(reference, batch, DefaultSchema());
        var higher = Detect(reference, batch, DefaultSchema(), new DriftOptions(ShareThreshold: 0.6));

        Assert.Equal(0.5, atDefault.DriftedShare, 12);
        Assert.True(atDefault.Drifted);
        Assert.Equal(0.6, higher.ShareThreshold);
        Assert.False(higher.Drifted);
    }

    [Fact]
    public void TheSchemaOverridesMethodAndThreshold()
    {
        var (reference, batch) = (Data("reference.csv", seed: 1), Data("batch.csv", seed: 2, shiftA: 2));

        var report = Detect(reference, batch, DefaultSchema(
            a: new DriftSettings("PSI", Threshold: 100),
            b: new DriftSettings(Threshold: 0.999),
            color: new DriftSettings("js")));

        var (a, b, color) = (report.Columns[0], report.Columns[1], report.Columns[4]);
        Assert.Equal(("psi", 100.0, false), (a.Method, a.Threshold, a.Drifted));
        Assert.Equal(("ks", 0.999, true), (b.Method, b.Threshold, b.Drifted)); // same distribution, but p < 0.999
        Assert.Equal(("js", 0.1), (color.Method, color.Threshold));
    }

    [Fact]
    public void UnseenCategoriesCountAsOtherAndDrift()
    {
        var reference = Data("reference.csv", seed: 1);
        var batch = Data("batch.csv", seed: 1) with { Columns = [.. Data("batch.csv", seed: 1).Columns.Take(4), Shade(), Label()] };

        var report = Detect(reference, batch, DefaultSchema());

        var color = report.Columns[4];
        Assert.True(color.Drifted);
        // chi2_contingency([[150, 90, 60, 0], [75, 45, 30, 150]], correction=False)[0]
        Assert.Equal(200, color.Statistic!.Value, 9);

        static CategoricalColumn Shade() =>
            new("color", Enumerable.Range(0, Rows).Select(i => i % 2 == 0 ? 3 : ColorCode(i / 2)).ToArray(), [.. Colors, "purple"]);
    }

    [Fact]
    public void BatchCategoriesAreMatchedByNameNotByCode()
    {
        var reference = Data("reference.csv", seed: 1);
        var reordered = new CategoricalColumn("color", Enumerable.Range(0, Rows).Select(i => 2 - ColorCode(i)).ToArray(), ["blue", "green", "red"]);
        var batch = reference with { Source = "batch.csv", Columns = [.. reference.Columns.Take(4), reordered, Label()] };

        var color = Detect(reference, batch, DefaultSchema()).Columns[4];

        Assert.Equal(1, color.Score, 12);
    }

    [Fact]
    public void ColumnsAbsentFromTheBatchAreNamed()
    {
        var reference = Data("reference.csv", seed: 1);
        var batch = reference with { Source = "batch.csv", Columns = [.. reference.Columns.Where(c => c.Name is not ("b" or "color"))] };

        var error = Assert.Throws<DriftDetectionException>(() => Detect(reference, batch, DefaultSchema()));

        Assert.Equal(["b", "color"], error.Columns);
        Assert.Equal(
            "The batch batch.csv has no column b, color, which the reference reference.csv has; add it to the batch, or set its role to \"ignore\" in the schema.",
            error.Message);
    }

    [Fact]
    public void AnEmptyBatchColumnIsNamed()
    {
        var reference = Data("reference.csv", seed: 1);
        var batch = reference with { Source = "batch.csv", Columns = [Numeric("a", Enumerable.Repeat(double.NaN, Rows)), .. reference.Columns.Skip(1)] };

        var error = Assert.Throws<DriftDetectionException>(() => Detect(reference, batch, DefaultSchema()));

        Assert.Equal("The batch batch.csv has no value in a (every row is missing); check the export that produced it.", error.Message);
    }

    [Fact]
    public void ABatchColumnOfAnotherTypeIsNamed()
    {
        var reference = Data("reference.csv", seed: 1);
        var batch = reference with { Source = "batch.csv", Columns = [.. reference.Columns.Take(4), Numeric("color", Enumerable.Repeat(1.0, Rows)), Label()] };

        var error = Assert.Throws<DriftDetectionException>(() => Detect(reference, batch, DefaultSchema()));

        Assert.Equal("The batch batch.csv stores color with another type than the schema declares; load it with the same schema.", error.Message);
    }

    [Fact]
    public void AProfileWithoutAColumnOfTheSchemaAsksToBeRecreated()
    {
        var reference = Data("reference.csv", seed: 1);
        var profile = ReferenceProfile.Create(reference, DefaultSchema());
        profile = profile with { Columns = [.. profile.Columns.Where(c => c.Name != "d")] };

        var error = Assert.Throws<DriftDetectionException>(() => DriftDetector.Detect(profile, reference, DefaultSchema()));

        Assert.Equal(
            "The reference profile of reference.csv has no statistics of the schema's type for d; re-create it by running ValidateData on the reference with the current schema.",
            error.Message);
    }

    [Theory]
    [InlineData("kl", "The schema sets drift method \"kl\" on column a, which is no drift method; use one of ks, psi, wasserstein.")]
    [InlineData("chi2", "The schema sets drift method \"chi2\" on column a, which does not apply to a numeric column; use one of ks, psi, wasserstein.")]
    public void AMethodThatDoesNotFitTheColumnListsTheOnesThatDo(string method, string message)
    {
        var reference = Data("reference.csv", seed: 1);

        var error = Assert.Throws<DriftDetectionException>(() => Detect(reference, reference, DefaultSchema(a: new DriftSettings(method))));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(null, 1.5, "The schema sets drift threshold 1.5 on column a; method ks needs a p-value between 0 and 1 (e.g. 0.05).")]
    [InlineData("psi", 0.0, "The schema sets drift threshold 0 on column a; method psi needs a positive distance (e.g. 0.1).")]
    public void AnImpossibleThresholdIsRejected(string? method, double threshold, string message)
    {
        var reference = Data("reference.csv", seed: 1);

        var error = Assert.Throws<DriftDetectionException>(() => Detect(reference, reference, DefaultSchema(a: new DriftSettings(method, threshold))));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void BooleanColumnsAreComparedAsCategories()
    {
        var reference = Table("reference.csv", Numeric("member", Enumerable.Range(0, 100).Select(i => i < 80 ? 1.0 : 0.0)));
        var batch = Table("batch.csv", Numeric("member", Enumerable.Range(0, 100).Select(i => i < 50 ? 1.0 : 0.0)));
        var schema = Schema(new ColumnSchema("member", ColumnType.Boolean));

        var column = Detect(reference, batch, schema).Columns.Single();

        // scipy.stats.chi2_contingency([[20, 80], [50, 50]], correction=False)[:2]
        Assert.Equal("chi2", column.Method);
        Assert.Equal(19.78021978021978, column.Statistic!.Value, 9);
        Assert.Equal(8.68771167700004e-06, column.Score, 1e-15);
        Assert.True(column.Drifted);
    }

    [Fact]
    public void KsOnAReferenceTooLargeToKeepItsValuesUsesTheQuantileSketch()
    {
        var (reference, batch) = (Data("reference.csv", seed: 1), Data("batch.csv", seed: 2, shiftA: 0.5));
        var schema = DefaultSchema(a: new DriftSettings("ks"));
        var sketched = ReferenceProfile.Create(reference, schema, smallSampleLimit: 100);

        var approximate = DriftDetector.Detect(sketched, batch, schema).Columns[0];
        var exact = Detect(reference, batch, schema).Columns[0];

        Assert.Null(((NumericProfile)sketched.Columns[0]).SortedValues);
        Assert.Equal(exact.Statistic!.Value, approximate.Statistic!.Value, 0.005);
        Assert.True(exact.Drifted && approximate.Drifted);
    }

    [Fact]
    public void TheWassersteinDistanceFromAConstantReferenceStaysInTheColumnsUnits()
    {
        var reference = Table("reference.csv", Numeric("x", Enumerable.Repeat(5.0, 50)));
        var batch = Table("batch.csv", Numeric("x", Enumerable.Range(0, 50).Select(i => i < 10 ? 6.0 : 5.0)));
        var schema = Schema(new ColumnSchema("x", ColumnType.Numeric, Drift: new DriftSettings("wasserstein")));

        var column = Detect(reference, batch, schema).Columns.Single();

        // scipy.stats.wasserstein_distance([5]*50, [6]*10 + [5]*40) = 0.2; the reference's std is 0, so no scaling.
        Assert.Equal(0.2, column.Score, 12);
        Assert.True(column.Drifted);
    }

    private static DriftReport Detect(DataTable reference, DataTable batch, DatasetSchema schema, DriftOptions? options = null) =>
        DriftDetector.Detect(ReferenceProfile.Create(reference, schema), batch, schema, options);

    private static DatasetSchema DefaultSchema(DriftSettings? a = null, DriftSettings? b = null, DriftSettings? color = null) => Schema(
        new ColumnSchema("a", ColumnType.Numeric, Drift: a),
        new ColumnSchema("b", ColumnType.Numeric, Drift: b),
        new ColumnSchema("c", ColumnType.Numeric),
        new ColumnSchema("d", ColumnType.Numeric),
        new ColumnSchema("color", ColumnType.Categorical, Categories: Colors, Drift: color),
        new ColumnSchema("label", ColumnType.Categorical, ColumnRole.Label, Categories: ["no", "yes"]));

    /// <summary>Four unit normals (each optionally shifted), colors 50/30/20 % and a 50/50 label.</summary>
    private static DataTable Data(string source, int seed, double shiftA = 0, double shiftB = 0, double shiftC = 0) => Table(source,
        Numeric("a", Normal(seed, Rows, shiftA)),
        Numeric("b", Normal(seed + 10, Rows, shiftB)),
        Numeric("c", Normal(seed + 20, Rows, shiftC)),
        Numeric("d", Normal(seed + 30, Rows)),
        new CategoricalColumn("color", Enumerable.Range(0, Rows).Select(ColorCode).ToArray(), Colors),
        Label());

    private static int ColorCode(int row) => (row % 10) switch { < 5 => 0, < 8 => 1, _ => 2 };

    private static CategoricalColumn Label() => new("label", Enumerable.Range(0, Rows).Select(i => i % 2).ToArray(), ["no", "yes"]);
}
