using MlPipeline.Data.Csv;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

public sealed class CellProblems
{
    [Fact]
    public void UnparsableCellsGiveOneFindingPerColumnStartingAtTheFirstLocation()
    {
        var data = Dataset.Clean();
        data.A[7] = data.A[2] = double.NaN;
        CellProblem[] problems =
        [
            new(CellProblemKind.Unparsable, "a", 9, 1, "n/a", "a number"),
            new(CellProblemKind.Unparsable, "a", 4, 1, "warm", "a number"),
        ];

        var finding = Assert.Single(data.Validate(problems: problems));

        Assert.Equal((Severity.Error, "a", "type-parse", 2), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal("data/x.csv:4:1: \"warm\" in column \"a\" is not a number (2 cells in this column; first at line 4)", finding.Message);
        Assert.Equal([4, 9], finding.Lines);
        Assert.Equal(["warm", "n/a"], finding.Examples);
    }

    [Fact]
    public void ASingleBadCellSaysSo()
    {
        var data = Dataset.Clean();
        data.B[0] = double.NaN;

        var finding = Assert.Single(data.Validate(problems: [new(CellProblemKind.Unparsable, "b", 2, 2, "1,5", "a number")]));

        Assert.Equal("data/x.csv:2:2: \"1,5\" in column \"b\" is not a number (1 cell in this column)", finding.Message);
    }

    [Fact]
    public void ExamplesStopAtFive()
    {
        var data = Dataset.Clean();
        var problems = Enumerable.Range(0, 7).Select(row =>
        {
            data.A[row] = double.NaN;
            return new CellProblem(CellProblemKind.Unparsable, "a", row + 2, 1, $"x{row}", "a number");
        }).ToArray();

        var finding = Assert.Single(data.Validate(problems: problems));

        Assert.Equal(7, finding.Count);
        Assert.Equal([2, 3, 4, 5, 6], finding.Lines);
        Assert.Equal(["x0", "x1", "x2", "x3", "x4"], finding.Examples);
    }

    [Fact]
    public void UnknownCategoriesAreListedOnceEach()
    {
        var data = Dataset.Clean();
        data.Y[3] = data.Y[5] = data.Y[8] = null;
        CellProblem[] problems =
        [
            new(CellProblemKind.UnknownCategory, "y", 5, 3, "maybe", "one of no, yes"),
            new(CellProblemKind.UnknownCategory, "y", 7, 3, "perhaps", "one of no, yes"),
            new(CellProblemKind.UnknownCategory, "y", 10, 3, "maybe", "one of no, yes"),
        ];

        var finding = data.Validate(problems: problems).Of("unknown-category").Single();

        Assert.Equal((Severity.Error, "y", 3), (finding.Severity, finding.Column, finding.Count));
        Assert.Equal(
            "data/x.csv:5:3: \"maybe\" in column \"y\" is not one of no, yes (3 cells in this column; first at line 5; unknown values: \"maybe\", \"perhaps\"); " +
            "add them to the column's \"categories\" in the schema or correct the data",
            finding.Message);
        Assert.Equal([5, 7, 10], finding.Lines);
        Assert.Equal(["maybe", "perhaps"], finding.Examples);
    }

    [Fact]
    public void ParseAndCategoryProblemsInOneColumnAreSeparateFindings()
    {
        var data = Dataset.Clean();
        data.A[0] = data.A[1] = double.NaN;
        CellProblem[] problems =
        [
            new(CellProblemKind.Unparsable, "a", 2, 1, "x", "a number"),
            new(CellProblemKind.UnknownCategory, "a", 3, 1, "y", "one of p, q"),
        ];

        Assert.Equal(["type-parse", "unknown-category"], data.Validate(problems: problems).Select(f => f.Check));
    }

    [Fact]
    public void CellsAlreadyReportedAsUnparsableAreNotAlsoReportedAsMissingInANonNullableColumn()
    {
        var data = Dataset.Clean();
        data.A[2] = data.A[5] = double.NaN;
        var schema = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, Nullable: false));

        var findings = data.Validate(schema, [new(CellProblemKind.Unparsable, "a", 4, 1, "warm", "a number")]);

        Assert.Equal(["type-parse", "not-nullable"], findings.Select(f => f.Check));
        var notNullable = findings[1];
        Assert.Equal(1, notNullable.Count);
        Assert.Equal([7], notNullable.Lines);
    }
}
