using MlPipeline.Data.Randomness;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The generator of one trial: a function of the seed and the trial number only, never of call order.</summary>
internal static class TrialRandom
{
    public static Xoshiro256StarStar For(int seed, int trialNumber) =>
        new(SplitMix64.At(unchecked((ulong)seed), (ulong)trialNumber));

    /// <summary>A uniform double in [0, 1) from the top 53 bits.</summary>
    public static double NextUnit(this Xoshiro256StarStar random) => (random.Next() >> 11) * (1.0 / (1UL << 53));
}
