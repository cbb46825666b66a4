namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>
/// Vigna's SplitMix64 (https://prng.di.unimi.it/splitmix64.c). Ours rather than System.Random so resamples never
/// change with the .NET version; its n-th output is computable directly, which gives each replicate its own seed.
/// </summary>
internal static class SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    /// <summary>The output number <paramref name="index"/> (0-based) of the generator started at <paramref name="seed"/>.</summary>
    public static ulong At(ulong seed, ulong index) => Mix(unchecked(seed + (index + 1) * Gamma));

    /// <summary>Advances <paramref name="state"/> and returns the next output.</summary>
    public static ulong Next(ref ulong state)
    {
        state = unchecked(state + Gamma);
        return Mix(state);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            return z ^ (z >> 31);
        }
    }
}
