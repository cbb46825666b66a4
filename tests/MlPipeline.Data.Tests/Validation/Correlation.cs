using MlPipeline.Data.Schemas;
using MlPipeline.Data.Validation;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Validation;

/// <summary>
/// x = 1…10 and y = x + k·s with s = [1, −1, −1, 1, 1, −1, −1, 1, 1, −1], both as float32:
/// np.corrcoef gives r = 0.9513917681379992 for k = 0.92 and r = 0.9493918712167102 for k = 0.94.
/// </summary>
public sealed class Correlation
{
    private static readonly double[] Signs = [1, -1, -1, 1, 1, -1, -1, 1, 1, -1];

    [Fact]
    public void PearsonMatchesNumpy()
    {
        var (r, rows) = MlPipeline.Data.Validation.Checks.CorrelatedFeaturesCheck.Pearson(X().Select(v => (float)v).ToArray(), Y(0.92).Select(v => (float)v).ToArray());

        Assert.Equal(10, rows);
        Assert.Equal(0.9513917681379992, r, 1e-12);
    }

    [Fact]
    public void FeaturesCorrelatedAtR0951AreAWarningNamingBoth()
    {
        var finding = Assert.Single(Validate(Y(0.92)).Of("correlated-features"));

        Assert.Equal((Severity.Warning, "x", 10), (finding.Severity, finding.Column, finding.Count));
        Assert.Equal(
            "pairs.csv: features \"x\" and \"y\" are correlated (r = 0.9514 over 10 rows, |r| ≥ 0.95); one adds little the other does not, so consider setting \"role\": \"ignore\" on one",
            finding.Message);
        Assert.Equal(["y"], finding.Examples);
    }

    [Fact]
    public void FeaturesCorrelatedAtR0949AreFine() => Assert.Empty(Validate(Y(0.94)).Of("correlated-features"));

    [Fact]
    public void ANegativeCorrelationCountsByItsSize()
    {
        var finding = Assert.Single(Validate(Y(0.92).Select(v => -v)).Of("correlated-features"));

        Assert.Contains("(r = -0.9514 over 10 rows", finding.Message);
    }

    [Fact]
    public void OnlyRowsWhereBothHaveAValueCount()
    {
        var x = X().Append(double.NaN).Append(11).ToArray();
        var y = Y(0.92).Append(100).Append(double.NaN).ToArray();
        var table = Table("pairs.csv", Numeric("x", x), Numeric("y", y), Numeric("label", x.Select((_, i) => (double)i)));

        var finding = Assert.Single(Dataset.Validate(table, PairSchema()).Of("correlated-features"));

        Assert.Equal(10, finding.Count);
    }

    [Fact]
    public void ALabelCorrelatedWithAFeatureIsNotAFeaturePair()
    {
        var table = Table("pairs.csv", Numeric("x", X()), Numeric("y", X()), Numeric("label", Y(0.92)));

        var findings = Dataset.Validate(table, PairSchema()).Of("correlated-features");

        Assert.Equal(["x"], findings.Select(f => f.Column));
        Assert.Contains("\"x\" and \"y\" are correlated (r = 1.0000", findings[0].Message);
    }

    private static IReadOnlyList<Finding> Validate(IEnumerable<double> y) =>
        Dataset.Validate(Table("pairs.csv", Numeric("x", X()), Numeric("y", y), Numeric("label", Enumerable.Range(0, 10).Select(i => (double)(i * 7 % 10)))), PairSchema());

    private static double[] X() => [.. Enumerable.Range(1, 10).Select(i => (double)i)];

    private static double[] Y(double k) => [.. X().Select((x, i) => x + k * Signs[i])];

    private static DatasetSchema PairSchema() => new(TaskKind.Regression,
    [
        new ColumnSchema("x", ColumnType.Numeric),
        new ColumnSchema("y", ColumnType.Numeric),
        new ColumnSchema("label", ColumnType.Numeric, ColumnRole.Label),
    ]);
}
