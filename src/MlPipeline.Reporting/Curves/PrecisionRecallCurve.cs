namespace MlPipeline.Reporting.Curves;

/// <summary>The precision-recall curve of one class and its average precision Σ (Rₙ − Rₙ₋₁) Pₙ (sklearn's, and metrics.json's pr_auc).</summary>
/// <param name="Prevalence">The positives' share: the precision of a model that guesses.</param>
/// <param name="AveragePrecision">NaN when the rows hold no positive.</param>
public sealed record PrecisionRecallCurve(IReadOnlyList<CurvePoint> Points, double AveragePrecision, double Prevalence)
{
    public static PrecisionRecallCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var cuts = ThresholdSweep.Run(scores, positive);
        var positives = cuts.Count == 0 ? 0 : cuts[^1].TruePositives;
        if (positives == 0)
        {
            return new PrecisionRecallCurve([], double.NaN, 0);
        }

        // Recall 0 at precision 1 starts the curve, as sklearn's precision_recall_curve ends it.
        var points = new List<CurvePoint> { new(0, 1, double.PositiveInfinity) };
        double sum = 0, previousRecall = 0;
        foreach (var (threshold, truePositives, falsePositives) in cuts)
        {
            var recall = (double)truePositives / positives;
            var precision = (double)truePositives / (truePositives + falsePositives);
            sum += (recall - previousRecall) * precision;
            points.Add(new CurvePoint(recall, precision, threshold));
            previousRecall = recall;
        }

        return new PrecisionRecallCurve(points, sum, (double)positives / scores.Count);
    }
}
