using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Validation;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Validation;

public sealed class Ordering
{
    [Fact]
    public void ErrorsComeFirstThenSchemaColumnOrderWithWholeRowFindingsLast()
    {
        var data = Dataset.Clean();
        Array.Fill(data.A, 1);
        data.B[5] = double.NaN;
        data.Y[4] = null;
        (data.B[11], data.Y[11]) = (data.B[10], data.Y[10]);
        var schema = Dataset.Schema(
            a: new ColumnSchema("a", ColumnType.Numeric, Max: 0),
            b: new ColumnSchema("b", ColumnType.Numeric, Nullable: false));

        var findings = data.Validate(schema, [new(CellProblemKind.Unparsable, "b", 7, 2, "?", "a number")]);

        Assert.Equal(
        [
            (Severity.Error, "a", "out-of-range"),
            (Severity.Error, "b", "type-parse"),
            (Severity.Warning, "a", "constant-column"),
            (Severity.Warning, "y", "label-missing"),
            (Severity.Warning, null, "duplicate-rows"),
        ], findings.Select(f => (f.Severity, f.Column, f.Check)));
    }

    [Theory]
    [InlineData(-0.1, 0.95, 0.01, "DefaultMaxMissingRatio")]
    [InlineData(0.2, 1.5, 0.01, "CorrelationThreshold")]
    [InlineData(0.2, 0.95, double.NaN, "MinorityClassShare")]
    public void OptionsOutsideZeroToOneAreRejectedByName(double missing, double correlation, double minority, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DataValidator(new ValidationOptions(missing, correlation, minority)));

        Assert.Equal(name, error.ParamName);
        Assert.Contains($"ValidationOptions.{name} is", error.Message);
        Assert.Contains("give a value from 0 to 1", error.Message);
    }

    [Fact]
    public void AColumnLoadedAsAnotherTypeThanTheSchemaSaysIsRejected()
    {
        var table = Table("odd.csv", Categorical("x", ["p", "q"], ["p", "q", "p"]), Numeric("y", [1, 2, 3]), Numeric("z", [1, 2, 3]));
        var schema = new DatasetSchema(TaskKind.Regression,
        [
            new ColumnSchema("x", ColumnType.Numeric),
            new ColumnSchema("y", ColumnType.Numeric),
            new ColumnSchema("z", ColumnType.Numeric, ColumnRole.Label),
        ]);

        var error = Assert.Throws<InvalidOperationException>(() => Dataset.Validate(table, schema));

        Assert.Equal(
            "odd.csv: column \"x\" is declared Numeric in the schema but the table holds it as CategoricalColumn; load the table with the same schema that validates it.",
            error.Message);
    }

    [Fact]
    public void ATableMissingASchemaColumnNamesTheColumnsItHas()
    {
        var table = Table("short.csv", Numeric("a", [1, 2]), new TextColumn("y", ["p", "q"]));

        var error = Assert.Throws<KeyNotFoundException>(() => Dataset.Validate(table, Dataset.Schema()));

        Assert.Equal("short.csv has no column \"b\"; its columns are: a, y.", error.Message);
    }
}
