using MlPipeline.Data.Schemas;
using MlPipeline.Data.Validation;

namespace MlPipeline.Data.Tests.Validation;

public sealed class Ranges
{
    [Fact]
    public void ValuesOutsideTheDeclaredRangeAreAnErrorWithExamples()
    {
        var data = Dataset.Clean();
        data.A[3] = -0.5;
        var schema = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, Min: 0, Max: 57));

        var finding = Assert.Single(data.Validate(schema));

        Assert.Equal((Severity.Error, "a", "out-of-range", 3), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv:5:1: 3 values in column \"a\" outside [0, 57] (first: -0.5 at line 5); correct the data or widen \"min\"/\"max\" in the schema",
            finding.Message);
        Assert.Equal([5, 60, 61], finding.Lines);
        Assert.Equal(["-0.5", "58", "59"], finding.Examples);
    }

    [Fact]
    public void ValuesOnTheBoundsAreInRange()
    {
        var schema = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, Min: 0, Max: 59));

        Assert.Empty(Dataset.Clean().Validate(schema));
    }

    [Fact]
    public void AValueWrittenExactlyAsABoundIsInRangeThoughItsFloatLiesOutsideTheDouble()
    {
        // The table holds floats: 4.49474f is 4.4947400093…, above 4.49474; -5.01733f is -5.0173301696…, below -5.01733.
        var data = Dataset.Clean();
        Array.Fill(data.A, 0.5);
        (data.A[0], data.A[59]) = (-5.01733, 4.49474);
        var schema = Dataset.Schema(a: new ColumnSchema("a", ColumnType.Numeric, Min: -5.01733, Max: 4.49474));

        Assert.Empty(data.Validate(schema).Of("out-of-range"));
    }

    [Fact]
    public void AOneSidedBoundSaysWhichSide()
    {
        var schema = Dataset.Schema(b: new ColumnSchema("b", ColumnType.Numeric, Min: 1));

        var finding = Assert.Single(Dataset.Clean().Validate(schema));

        Assert.Equal(
            "data/x.csv:2:2: 1 value in column \"b\" outside at least 1 (first: 0 at line 2); correct the data or widen \"min\"/\"max\" in the schema",
            finding.Message);
    }

    [Fact]
    public void AFeatureWithOneValueIsAWarning()
    {
        var data = Dataset.Clean();
        Array.Fill(data.B, 3);
        data.B[0] = double.NaN;

        var finding = Assert.Single(data.Validate());

        Assert.Equal((Severity.Warning, "b", "constant-column", 59), (finding.Severity, finding.Column, finding.Check, finding.Count));
        Assert.Equal(
            "data/x.csv: feature \"b\" has the single value \"3\" in every row that has one; it cannot help the model, so set its \"role\" to \"ignore\" or check the extract",
            finding.Message);
        Assert.Equal(["3"], finding.Examples);
    }

    [Fact]
    public void TwoValuesAreNotConstantAndNeitherAreColumnsThatAreNotFeatures()
    {
        var data = Dataset.Clean();
        Array.Fill(data.B, 3);
        data.B[0] = 4;
        var ignored = Dataset.Clean();
        Array.Fill(ignored.B, 3);

        Assert.Empty(data.Validate());
        Assert.Empty(ignored.Validate(Dataset.Schema(b: new ColumnSchema("b", ColumnType.Numeric, ColumnRole.Ignore))));
    }
}
