namespace MlPipeline.Reporting.Curves;

/// <summary>
/// The rows sorted by descending score and cut at every distinct score (equal scores are one threshold, as in sklearn's
/// _binary_clf_curve and the pipeline's own metrics), with the true and false positives called positive at each cut.
/// </summary>
internal static class ThresholdSweep
{
    public static IReadOnlyList<(double Threshold, long TruePositives, long FalsePositives)> Run(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count)
        {
            throw new ArgumentException($"{scores.Count} scores but {positive.Count} labels; pass one label per score.", nameof(positive));
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var cuts = new List<(double, long, long)>();
        long truePositives = 0, falsePositives = 0;
        for (var i = 0; i < order.Length; i++)
        {
            if (positive[order[i]])
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            if (i == order.Length - 1 || scores[order[i + 1]] != scores[order[i]])
            {
                cuts.Add((scores[order[i]], truePositives, falsePositives));
            }
        }

        return cuts;
    }
}
