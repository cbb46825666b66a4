using MlPipeline.Onnx.Verification;

namespace MlPipeline.Onnx.Tests.Verification;

public sealed class ParityReports
{
    [Fact]
    public void OutputsWithinTheTolerancePass()
    {
        var report = ParityReport.Compare([0.25f, 0.75f, 0.5f, 0.5f], [0.250004f, 0.749996f, 0.5f, 0.5f], columns: 2, tolerance: 1e-5);

        Assert.True(report.Passed);
        Assert.Equal((2, 2, 0), (report.Rows, report.Columns, report.RowsOverTolerance));
        // |0.25 - 0.250004| in float32: 0.250004 is stored as 0.25000399351119995.
        Assert.Equal(3.99351e-6, report.MaxAbsDifference, 1e-10);
        Assert.Equal((0, 0), (report.WorstRow, report.WorstColumn));
    }

    [Fact]
    public void ARowBeyondTheToleranceFailsAndIsNamed()
    {
        var report = ParityReport.Compare([1f, 2f, 3f, 4f, 5f, 6f], [1f, 2f, 3f, 4.5f, 5f, 6.25f], columns: 2, tolerance: 1e-5);

        Assert.False(report.Passed);
        Assert.Equal(2, report.RowsOverTolerance);
        Assert.Equal((0.5, 1, 1), (report.MaxAbsDifference, report.WorstRow, report.WorstColumn));
    }

    [Fact]
    public void NaNOnOneSideOnlyFailsAndOnBothSidesAgrees()
    {
        var report = ParityReport.Compare([float.NaN, 1f, 2f], [float.NaN, float.NaN, 2f], columns: 1, tolerance: 1e-5);

        Assert.Equal((1, 1), (report.RowsOverTolerance, report.WorstRow));
        Assert.Equal(double.PositiveInfinity, report.MaxAbsDifference);
    }

    [Fact]
    public void OutputsOfAnotherShapeAreRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => ParityReport.Compare([1f, 2f], [1f, 2f, 3f], columns: 1, tolerance: 1e-5));

        Assert.Equal("The exported model gave 3 values where the original gave 2 (1 per row): they do not describe the same rows.", error.Message);
    }
}
