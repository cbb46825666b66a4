namespace MlPipeline.Onnx.Verification;

/// <summary>How far an exported model's outputs are from the original model's on the same rows.</summary>
/// <param name="WorstRow">The row (0-based, in the compared order) with the largest difference; -1 when there are no rows.</param>
/// <param name="RowsOverTolerance">Rows with any output further than <paramref name="Tolerance"/> from the original's, or NaN on one side only.</param>
public sealed record ParityReport(int Rows, int Columns, double Tolerance, double MaxAbsDifference, int WorstRow, int WorstColumn, int RowsOverTolerance)
{
    public bool Passed => RowsOverTolerance == 0;

    /// <param name="expected">The original model's outputs, row-major, <paramref name="columns"/> per row.</param>
    /// <param name="actual">The exported model's outputs in the same layout.</param>
    /// <exception cref="ArgumentException">The two do not have the same shape.</exception>
    public static ParityReport Compare(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual, int columns, double tolerance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(tolerance);
        if (expected.Length != actual.Length || expected.Length % columns != 0)
        {
            throw new ArgumentException(
                $"The exported model gave {actual.Length} values where the original gave {expected.Length} ({columns} per row): they do not describe the same rows.");
        }

        var rows = expected.Length / columns;
        var (worst, worstRow, worstColumn, over) = (0.0, rows == 0 ? -1 : 0, 0, 0);
        for (var row = 0; row < rows; row++)
        {
            var rowOver = false;
            for (var column = 0; column < columns; column++)
            {
                var difference = Difference(expected[row * columns + column], actual[row * columns + column]);
                rowOver |= difference > tolerance;
                if (difference > worst)
                {
                    (worst, worstRow, worstColumn) = (difference, row, column);
                }
            }

            over += rowOver ? 1 : 0;
        }

        return new ParityReport(rows, columns, tolerance, worst, worstRow, worstColumn, over);
    }

    // Both NaN is agreement (a model may pass NaN through); NaN on one side only is as far apart as values get.
    private static double Difference(float expected, float actual) =>
        float.IsNaN(expected) || float.IsNaN(actual)
            ? float.IsNaN(expected) && float.IsNaN(actual) ? 0 : double.PositiveInfinity
            : Math.Abs((double)expected - actual);
}
