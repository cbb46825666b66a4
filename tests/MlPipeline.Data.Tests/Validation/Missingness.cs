using MlPipeline.Data.Schemas;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

public sealed class Missingness
{
    private static readonly DatasetSchema NotNullableB = Dataset.Schema(b: new ColumnSchema("b", ColumnType.Numeric, Nullable: false));

    [Fact]
    public void MissingValuesInANonNullableColumnAreAnErrorWithTheirLines()
    {
        var data = Dataset.Clean();
        data.B[4] = data.B[9] = double.NaN;

        var finding = Assert.Single(data.Validate(NotNullableB));

        Assert.Equal((Severity.Error, "b", "not-nullable", 2), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv:6:2: column \"b\" is not nullable but 2 rows have no value (first at line 6); fill them in or set \"nullable\": true in the schema",
            finding.Message);
        Assert.Equal([6, 11], finding.Lines);
    }

    [Fact]
    public void MissingValuesInANullableColumnAreFine()
    {
        var data = Dataset.Clean();
        data.B[4] = data.B[9] = double.NaN;

        Assert.Empty(data.Validate());
    }

    [Fact]
    public void AShareOfMissingValuesAboveTheDefaultIsAnError()
    {
        var data = Dataset.Clean();
        for (var row = 0; row < 13; row++)
            data.A[row] = double.NaN;

        var finding = Assert.Single(data.Validate());

        Assert.Equal((Severity.Error, "a", "missing-ratio", 13), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv: column \"a\" is 21.7% missing (13 of 60 rows), above the limit of 20.0%; " +
            "fill the gaps or set \"max_missing_ratio\" for this column in the schema",
            finding.Message);
        Assert.Equal([2, 3, 4, 5, 6], finding.Lines);
    }

    [Fact]
    public void ExactlyTheDefaultShareIsAllowed()
    {
        var data = Dataset.Clean();
        for (var row = 0; row < 12; row++)
            data.A[row] = double.NaN;

        Assert.Empty(data.Validate());
    }

    [Fact]
    public void TheColumnsOwnLimitOverridesTheDefaultBothWays()
    {
        var data = Dataset.Clean();
        for (var row = 0; row < 13; row++)
            data.A[row] = double.NaN;
        var lenient = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, MaxMissingRatio: 0.25));
        var strict = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, MaxMissingRatio: 0.2));

        Assert.Empty(data.Validate(lenient));
        Assert.Single(data.Validate(strict, options: new ValidationOptions(DefaultMaxMissingRatio: 0.5)).Of("missing-ratio"));
    }
}
