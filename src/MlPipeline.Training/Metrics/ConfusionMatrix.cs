namespace MlPipeline.Training.Metrics;

/// <summary>Counts of rows by true class (rows) and predicted class (columns), like sklearn's confusion_matrix.</summary>
public sealed class ConfusionMatrix
{
    private readonly long[] _counts;

    internal ConfusionMatrix(int classCount, long[] counts)
    {
        ClassCount = classCount;
        _counts = counts;
    }

    public int ClassCount { get; }

    /// <summary>How many rows of class <paramref name="actual"/> were predicted as <paramref name="predicted"/>.</summary>
    public long this[int actual, int predicted]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(actual);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(actual, ClassCount);
            ArgumentOutOfRangeException.ThrowIfNegative(predicted);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(predicted, ClassCount);
            return _counts[actual * ClassCount + predicted];
        }
    }

    /// <summary>The matrix as rows (one per true class), each with one count per predicted class.</summary>
    public long[][] ToRows()
    {
        var rows = new long[ClassCount][];
        for (var actual = 0; actual < ClassCount; actual++)
        {
            rows[actual] = _counts.AsSpan(actual * ClassCount, ClassCount).ToArray();
        }

        return rows;
    }
}
