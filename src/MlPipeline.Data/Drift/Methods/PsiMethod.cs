using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Drift.Methods;

/// <summary>
/// The population stability index Σ (b − r)·ln(b / r) over the shares r (reference) and b (batch) per bin: the
/// reference deciles for numeric columns, the categories (plus "other") for categorical ones.
/// </summary>
internal sealed class PsiMethod : INumericDriftMethod, ICategoricalDriftMethod
{
    /// <summary>The share an empty bin counts as, so the logarithm stays finite (the value common implementations use).</summary>
    public const double EmptyBinShare = 1e-4;

    public string Name => "psi";

    public bool IsPValue => false;

    /// <summary>0.1: the usual "some shift" line (0.1–0.25 moderate, above 0.25 major).</summary>
    public double DefaultThreshold => 0.1;

    public DriftScore Score(NumericProfile reference, double[] batch) =>
        new(Index([.. reference.BinCounts], Quantiles.BinCounts(reference.BinEdges, batch)));

    public DriftScore Score(CategoricalProfile reference, long[] batch) => new(Index(reference.Buckets(), batch));

    public static double Index(long[] reference, long[] batch)
    {
        double referenceTotal = reference.Sum(), batchTotal = batch.Sum();
        double psi = 0;
        for (var i = 0; i < reference.Length; i++)
        {
            var r = Share(reference[i], referenceTotal);
            var b = Share(batch[i], batchTotal);
            psi += (b - r) * Math.Log(b / r);
        }
        return psi;
    }

    private static double Share(long count, double total) => count == 0 ? EmptyBinShare : count / total;
}
