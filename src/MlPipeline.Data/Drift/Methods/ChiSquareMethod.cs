using MathNet.Numerics;
using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift.Methods;

/// <summary>
/// Pearson's chi-square test of homogeneity on the 2×k table of reference and batch counts per category
/// (<c>scipy.stats.chi2_contingency(table, correction=False)</c>); categories empty in both are dropped first.
/// </summary>
internal sealed class ChiSquareMethod : ICategoricalDriftMethod
{
    public string Name => "chi2";

    public bool IsPValue => true;

    public double DefaultThreshold => 0.05;

    public DriftScore Score(CategoricalProfile reference, long[] batch)
    {
        var (statistic, _, p) = Test(reference.Buckets(), batch);
        return new DriftScore(p, statistic);
    }

    public static (double Statistic, int DegreesOfFreedom, double P) Test(long[] reference, long[] batch)
    {
        var kept = Enumerable.Range(0, reference.Length).Where(i => reference[i] + batch[i] > 0).ToArray();
        double referenceTotal = kept.Sum(i => reference[i]), batchTotal = kept.Sum(i => batch[i]);
        var total = referenceTotal + batchTotal;
        var degrees = kept.Length - 1;
        if (degrees < 1 || referenceTotal == 0 || batchTotal == 0)
            return (0, Math.Max(degrees, 0), 1);
        double statistic = 0;
        foreach (var i in kept)
        {
            double both = reference[i] + batch[i];
            var expectedReference = referenceTotal * both / total;
            var expectedBatch = batchTotal * both / total;
            statistic += Square(reference[i] - expectedReference) / expectedReference + Square(batch[i] - expectedBatch) / expectedBatch;
        }
        // The upper regularized gamma is 1 − ChiSquared.CDF(k, x) without the cancellation that turns small p-values into 0.
        var p = SpecialFunctions.GammaUpperRegularized(degrees / 2.0, statistic / 2.0);
        return (statistic, degrees, p);
    }

    private static double Square(double x) => x * x;
}
