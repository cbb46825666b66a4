using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Drift.Methods;

/// <summary>
/// The Wasserstein-1 (earth mover's) distance between the reference and the batch, divided by the reference's
/// standard deviation so that one threshold fits every column: 0.1 means the mass moved a tenth of a standard deviation
/// on average. A constant reference (standard deviation 0 — and then its IQR is 0 too, so the IQR is no fallback) is
/// left in its own units.
/// </summary>
internal sealed class WassersteinMethod : INumericDriftMethod
{
    public string Name => "wasserstein";

    public bool IsPValue => false;

    public double DefaultThreshold => 0.1;

    /// <remarks>Exact when the reference kept its values, else from its quantile sketch.</remarks>
    public DriftScore Score(NumericProfile reference, double[] batch)
    {
        var distance = reference.SortedValues is { } sample ? Exact(sample, batch) : FromSketch(reference.Quantiles, batch);
        return new DriftScore(reference.StdDev > 0 ? distance / reference.StdDev : distance);
    }

    /// <summary>∫|F(x) − G(x)| dx over the empirical CDFs of two ascending samples (<c>scipy.stats.wasserstein_distance</c>).</summary>
    public static double Exact(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        int i = 0, j = 0;
        double n = a.Count, m = b.Count, distance = 0;
        var x = Math.Min(a[0], b[0]);
        while (i < a.Count || j < b.Count)
        {
            while (i < a.Count && a[i] <= x)
                i++;
            while (j < b.Count && b[j] <= x)
                j++;
            if (i == a.Count && j == b.Count)
                break;
            var next = Math.Min(i < a.Count ? a[i] : double.PositiveInfinity, j < b.Count ? b[j] : double.PositiveInfinity);
            distance += Math.Abs(i / n - j / m) * (next - x);
            x = next;
        }
        return distance;
    }

    /// <summary>
    /// ∫₀¹|F⁻¹(u) − G⁻¹(u)| du by the midpoint rule on the sketch's steps: the sketch holds the reference's inverse CDF
    /// at those midpoints, the batch's is read from its values.
    /// </summary>
    public static double FromSketch(IReadOnlyList<double> referenceQuantiles, IReadOnlyList<double> batch)
    {
        var size = referenceQuantiles.Count;
        double sum = 0;
        for (var i = 0; i < size; i++)
            sum += Math.Abs(referenceQuantiles[i] - Quantiles.InverseCdf(batch, (i + 0.5) / size));
        return sum / size;
    }
}
