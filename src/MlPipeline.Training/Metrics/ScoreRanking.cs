namespace MlPipeline.Training.Metrics;

/// <summary>
/// One one-vs-rest ranking: the rows sorted once by descending score, cut into groups of equal scores, so ROC AUC and
/// average precision of any resample are a linear pass over the counts instead of a sort per replicate.
/// </summary>
/// <remarks>
/// Equal scores form one threshold, as in sklearn's _binary_clf_curve: ROC AUC is the trapezoid over the distinct
/// thresholds, average precision the step sum Σ (Rₙ − Rₙ₋₁) Pₙ over them (sklearn's average_precision_score).
/// </remarks>
internal sealed class ScoreRanking
{
    private readonly int[] _rows;
    private readonly bool[] _positive;
    private readonly int[] _groupStarts;

    public ScoreRanking(float[] probabilities, int stride, int column, int[] truth, int positiveClass)
    {
        var rowCount = truth.Length;
        var keys = new float[rowCount];
        _rows = new int[rowCount];
        for (var row = 0; row < rowCount; row++)
        {
            keys[row] = -probabilities[row * stride + column];
            _rows[row] = row;
        }

        Array.Sort(keys, _rows);

        _positive = new bool[rowCount];
        var starts = new List<int>();
        for (var i = 0; i < rowCount; i++)
        {
            _positive[i] = truth[_rows[i]] == positiveClass;
            if (i == 0 || keys[i] != keys[i - 1])
            {
                starts.Add(i);
            }
        }

        starts.Add(rowCount);
        _groupStarts = [.. starts];
    }

    /// <summary>ROC AUC and average precision of the rows weighted by <paramref name="counts"/>; NaN when undefined.</summary>
    /// <remarks>ROC AUC needs a positive and a negative row, average precision a positive row.</remarks>
    public (double RocAuc, double AveragePrecision) Evaluate(ReadOnlySpan<int> counts)
    {
        long truePositives = 0, falsePositives = 0, twiceArea = 0;
        double precisionSum = 0;
        for (var group = 0; group < _groupStarts.Length - 1; group++)
        {
            long positives = 0, negatives = 0;
            for (var i = _groupStarts[group]; i < _groupStarts[group + 1]; i++)
            {
                var weight = counts[_rows[i]];
                if (_positive[i])
                {
                    positives += weight;
                }
                else
                {
                    negatives += weight;
                }
            }

            // Integer arithmetic keeps the trapezoid exact; only the final division rounds.
            twiceArea += negatives * (2 * truePositives + positives);
            truePositives += positives;
            falsePositives += negatives;
            if (positives > 0)
            {
                precisionSum += positives * ((double)truePositives / (truePositives + falsePositives));
            }
        }

        var rocAuc = truePositives > 0 && falsePositives > 0
            ? twiceArea / (2.0 * truePositives * falsePositives)
            : double.NaN;
        var averagePrecision = truePositives > 0 ? precisionSum / truePositives : double.NaN;
        return (rocAuc, averagePrecision);
    }
}
