using MathNet.Numerics;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The normal distribution cut to [low, high] and renormalised: TPE's kernel.</summary>
internal static class TruncatedNormal
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>Inverts the truncated CDF at <paramref name="unit"/>, a uniform number in [0, 1).</summary>
    public static double Sample(double mu, double sigma, double low, double high, double unit) =>
        mu + sigma * StandardSample((low - mu) / sigma, (high - mu) / sigma, unit);

    public static double LogPdf(double x, double mu, double sigma, double logMass)
    {
        var z = (x - mu) / sigma;
        return -0.5 * z * z - LogSqrtTwoPi - Math.Log(sigma) - logMass;
    }

    /// <summary>The log of the standard normal's probability of [a, b].</summary>
    public static double LogMass(double a, double b)
    {
        // Φ keeps its relative precision only in the lower tail, so an interval above 0 is mirrored below it.
        if (a > 0)
        {
            return LogMass(-b, -a);
        }

        return b <= 0 ? Math.Log(Phi(b) - Phi(a)) : Math.Log(1 - (Phi(a) + Phi(-b)));
    }

    private static double StandardSample(double a, double b, double unit)
    {
        if (a > 0)
        {
            return -StandardSample(-b, -a, 1 - unit);
        }

        var (below, upTo) = (Phi(a), Phi(b));
        return Math.Clamp(InversePhi(below + unit * (upTo - below)), a, b);
    }

    private static double Phi(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));

    private static double InversePhi(double p) => -Math.Sqrt(2) * SpecialFunctions.ErfcInv(2 * p);
}
