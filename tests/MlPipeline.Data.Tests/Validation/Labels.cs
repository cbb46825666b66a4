using MlPipeline.Data.Schemas;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

public sealed class Labels
{
    [Fact]
    public void SomeMissingLabelsAreAWarningThatTheRowsAreLeftOut()
    {
        var data = Dataset.Clean();
        data.Y[2] = data.Y[6] = null;

        var finding = Assert.Single(data.Validate());

        Assert.Equal((Severity.Warning, "y", "label-missing", 2), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv:4:3: 2 rows have no value in the label column \"y\" (first at line 4); those rows are left out of training and evaluation",
            finding.Message);
        Assert.Equal([4, 8], finding.Lines);
    }

    [Fact]
    public void NoLabelAtAllIsAnErrorAndLeavesNoRows()
    {
        var data = Dataset.Clean();
        Array.Fill(data.Y, null);

        var findings = data.Validate(options: new ValidationOptions(DefaultMaxMissingRatio: 1));

        Assert.Equal([("y", "label-missing", 60), (null, "row-count", 0)], findings.Select(f => (f.Column, f.Check, f.Count)));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Equal(
            "data/x.csv: the label column \"y\" has no value in any of the 60 rows; check that the schema marks the right column as \"label\"",
            findings[0].Message);
    }

    [Fact]
    public void AnEmptyTableHasNoRowsToTrainOn()
    {
        var finding = Assert.Single(Dataset.Clean(rows: 0).Validate());

        Assert.Equal((Severity.Error, "row-count"), (finding.Severity, finding.Check));
        Assert.Equal("data/x.csv: no row has a label, so there is nothing to train on; add labelled rows", finding.Message);
    }

    [Fact]
    public void FewerThanFiftyLabelledRowsAreAWarningAndFiftyAreEnough()
    {
        var data = Dataset.Clean(rows: 50);
        data.Y[0] = null;

        var finding = data.Validate().Of("row-count").Single();

        Assert.Equal((Severity.Warning, 49), (finding.Severity, finding.Count));
        Assert.Equal("data/x.csv: only 49 rows have a label; with fewer than 50 the splits are too small for metrics to mean much", finding.Message);
        Assert.Empty(Dataset.Clean(rows: 50).Validate());
    }

    [Fact]
    public void AClassificationLabelWithOneClassIsAnError()
    {
        var data = Dataset.Clean();
        Array.Fill(data.Y, "yes");

        var finding = Assert.Single(data.Validate());

        Assert.Equal((Severity.Error, "y", "label-single-class", 60), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv: every labelled row has the class \"yes\" in \"y\"; a classifier needs at least two classes, so add rows of the others",
            finding.Message);
    }

    [Fact]
    public void OneRowOfTheOtherClassIsTwoClassesAndAboveOnePercent()
    {
        var data = Dataset.Clean();
        Array.Fill(data.Y, "yes");
        data.Y[17] = "no";

        // 1 of 60 rows is 1.67%, above the 1% default.
        Assert.Empty(data.Validate());
    }

    [Fact]
    public void ARegressionLabelIsNeverOneClass()
    {
        var data = Dataset.Clean();
        Array.Fill(data.B, 7);
        var schema = Dataset.Schema(b: new ColumnSchema("b", ColumnType.Numeric, ColumnRole.Label), y: new ColumnSchema("y", ColumnType.Categorical, Categories: Dataset.Answers), task: TaskKind.Regression);

        Assert.Empty(data.Validate(schema));
    }

    [Fact]
    public void AClassUnderTheMinorityShareIsNamedWithItsShare()
    {
        var data = Dataset.Clean();
        Array.Fill(data.Y, "yes");
        data.Y[3] = data.Y[9] = "no";

        var finding = Assert.Single(data.Validate(options: new ValidationOptions(MinorityClassShare: 0.05)));

        Assert.Equal((Severity.Warning, "y", "class-imbalance", 2), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv: class \"no\" of \"y\" has 2 of 60 labelled rows (3.33%), under 5%; its metrics will be noisy, so add rows of it, weight it, or merge it with another class",
            finding.Message);
        Assert.Equal([5, 11], finding.Lines);
        Assert.Equal(["no"], finding.Examples);
    }

    [Fact]
    public void AClassExactlyAtTheMinorityShareIsFine()
    {
        var data = Dataset.Clean();
        Array.Fill(data.Y, "yes");
        data.Y[3] = data.Y[9] = data.Y[12] = "no";

        Assert.Empty(data.Validate(options: new ValidationOptions(MinorityClassShare: 0.05)));
    }

    [Fact]
    public void ADeclaredClassWithNoRowsIsImbalanced()
    {
        string[] answers = ["no", "yes", "maybe"];
        var schema = Dataset.Schema(y: new ColumnSchema("y", ColumnType.Categorical, ColumnRole.Label, Categories: answers), task: TaskKind.Multiclass);
        var data = Dataset.Clean();
        var table = data.Table() with { Columns = [.. data.Table().Columns.Take(2), Drift.TestTables.Categorical("y", answers, data.Y)] };

        var finding = Assert.Single(Dataset.Validate(table, schema));

        Assert.Equal(("class-imbalance", 0), (finding.Check, finding.Count));
        Assert.StartsWith("data/x.csv: class \"maybe\" of \"y\" has 0 of 60 labelled rows (0.00%), under 1%", finding.Message);
    }
}
