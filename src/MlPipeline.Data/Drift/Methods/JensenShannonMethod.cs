using MlPipeline.Data.Drift.Profiles;

namespace MlPipeline.Data.Drift.Methods;

/// <summary>
/// The Jensen–Shannon distance (square root of the divergence, base 2, so within [0, 1]) between the category
/// frequencies, as <c>scipy.spatial.distance.jensenshannon(p, q, base=2)</c>.
/// </summary>
internal sealed class JensenShannonMethod : ICategoricalDriftMethod
{
    public string Name => "js";

    public bool IsPValue => false;

    public double DefaultThreshold => 0.1;

    public DriftScore Score(CategoricalProfile reference, long[] batch) => new(Distance(reference.Buckets(), batch));

    public static double Distance(long[] a, long[] b)
    {
        double totalA = a.Sum(), totalB = b.Sum();
        double divergence = 0;
        for (var i = 0; i < a.Length; i++)
        {
            double p = a[i] / totalA, q = b[i] / totalB, m = (p + q) / 2;
            if (p > 0)
                divergence += p * Math.Log2(p / m) / 2;
            if (q > 0)
                divergence += q * Math.Log2(q / m) / 2;
        }
        return Math.Sqrt(Math.Clamp(divergence, 0, 1));
    }
}
