using MlPipeline.Data.Schemas;
using MlPipeline.Data.Splits;
using MlPipeline.Data.Tables;
using MlPipeline.Data.Validation;
using static MlPipeline.Data.Tests.Drift.TestTables;

namespace MlPipeline.Data.Tests.Validation;

public sealed class Duplicates
{
    [Fact]
    public void RowsRepeatingAnEarlierRowAreAWarningWithBothLines()
    {
        var data = Dataset.Clean();
        CopyRow(data, from: 3, to: 10);
        CopyRow(data, from: 3, to: 20);

        var finding = Assert.Single(data.Validate());

        Assert.Equal((Severity.Warning, null, "duplicate-rows", 2), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv:12: 2 rows repeat an earlier row (first: line 12 repeats line 5); they weigh twice in training, so drop them unless the repetition is real",
            finding.Message);
        Assert.Equal([12, 22], finding.Lines);
        Assert.Equal(["line 12 repeats line 5", "line 22 repeats line 5"], finding.Examples);
    }

    [Fact]
    public void RowsDifferingInOneValueAreNotDuplicates()
    {
        var data = Dataset.Clean();
        CopyRow(data, from: 3, to: 10);
        data.B[10] += 0.5f;

        Assert.Empty(data.Validate());
    }

    [Fact]
    public void RowsDifferingOnlyInTheirIdAreDuplicates()
    {
        var table = Table("ids.csv", new TextColumn("id", ["r1", "r2", "r3"]), Numeric("x", [1, 2, 1]));
        var schema = new DatasetSchema(TaskKind.Regression, [new ColumnSchema("id", ColumnType.Text, ColumnRole.Id), new ColumnSchema("x", ColumnType.Numeric, ColumnRole.Label)]);

        var finding = Dataset.Validate(table, schema).Of("duplicate-rows").Single();

        Assert.Equal(["line 4 repeats line 2"], finding.Examples);
    }

    [Fact]
    public void TheSameObservationInTrainAndBenchmarkIsLeakage()
    {
        var data = Dataset.Clean();
        CopyRow(data, from: 3, to: 50);
        CopyRow(data, from: 7, to: 40);
        var split = new DatasetSplit([.. Enumerable.Range(0, 30)], [.. Enumerable.Range(30, 15)], [.. Enumerable.Range(45, 15)]);

        var finding = data.Validate(split: split).Of("split-leakage").Single();

        Assert.Equal((Severity.Error, (string?)null, 2), (finding.Severity, finding.Column, finding.Count));
        Assert.Equal(
            "data/x.csv: 2 observations are in more than one split (first: line 9 (train) = line 42 (validation)), so the model is scored on rows it has seen; " +
            "remove the duplicated rows from the data or re-pin the benchmark split",
            finding.Message);
        Assert.Equal([42, 52], finding.Lines);
        Assert.Equal(["line 9 (train) = line 42 (validation)", "line 5 (train) = line 52 (benchmark)"], finding.Examples);
    }

    [Fact]
    public void CopiesInsideOneSplitAreNotLeakage()
    {
        var data = Dataset.Clean();
        CopyRow(data, from: 3, to: 20);
        var split = new DatasetSplit([.. Enumerable.Range(0, 30)], [.. Enumerable.Range(30, 15)], [.. Enumerable.Range(45, 15)]);

        Assert.Equal(["duplicate-rows"], data.Validate(split: split).Select(f => f.Check));
    }

    [Fact]
    public void RowsOutsideEverySplitCannotLeak()
    {
        var data = Dataset.Clean();
        CopyRow(data, from: 3, to: 50);
        var split = new DatasetSplit([.. Enumerable.Range(0, 30)], [.. Enumerable.Range(30, 15)], [.. Enumerable.Range(51, 9)]);

        Assert.Empty(data.Validate(split: split).Of("split-leakage"));
    }

    [Fact]
    public void ASplitForAnotherTableIsRejectedWithTheIndex()
    {
        var split = new DatasetSplit([0, 1], [], [60]);

        var error = Assert.Throws<ArgumentException>(() => Dataset.Clean().Validate(split: split));

        Assert.StartsWith("The benchmark split holds row index 60, but data/x.csv has 60 rows; the split was made for another table", error.Message);
    }

    private static void CopyRow(Dataset data, int from, int to) =>
        (data.A[to], data.B[to], data.Y[to]) = (data.A[from], data.B[from], data.Y[from]);
}
