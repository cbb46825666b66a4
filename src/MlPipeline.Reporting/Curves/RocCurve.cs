namespace MlPipeline.Reporting.Curves;

/// <summary>The ROC curve of one class (one-versus-rest) and the area under it by the trapezoid rule.</summary>
/// <param name="Auc">NaN unless the rows hold both a positive and a negative.</param>
public sealed record RocCurve(IReadOnlyList<CurvePoint> Points, double Auc)
{
    public static RocCurve Compute(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var cuts = ThresholdSweep.Run(scores, positive);
        var positives = cuts.Count == 0 ? 0 : cuts[^1].TruePositives;
        var negatives = cuts.Count == 0 ? 0 : cuts[^1].FalsePositives;
        if (positives == 0 || negatives == 0)
        {
            return new RocCurve([], double.NaN);
        }

        var points = new List<CurvePoint> { new(0, 0, double.PositiveInfinity) };
        double twiceArea = 0;
        long previousTrue = 0, previousFalse = 0;
        foreach (var (threshold, truePositives, falsePositives) in cuts)
        {
            twiceArea += (double)(falsePositives - previousFalse) * (truePositives + previousTrue);
            points.Add(new CurvePoint((double)falsePositives / negatives, (double)truePositives / positives, threshold));
            (previousTrue, previousFalse) = (truePositives, falsePositives);
        }

        return new RocCurve(points, twiceArea / (2.0 * positives * negatives));
    }
}
