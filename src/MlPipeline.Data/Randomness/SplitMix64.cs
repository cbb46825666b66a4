namespace MlPipeline.Data.Randomness;

/// <summary>
/// Vigna's SplitMix64 generator (https://prng.di.unimi.it/splitmix64.c). Ours rather than <see cref="Random"/>, whose
/// sequence the runtime may change, because splits, bootstrap resamples and tuning trials must come out the same on every
/// machine and .NET version. Its n-th output is computable directly (<see cref="At"/>), which gives each replicate or
/// trial a seed of its own.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    private ulong _state = seed;

    /// <summary>The output number <paramref name="index"/> (0-based) of the generator started at <paramref name="seed"/>.</summary>
    public static ulong At(ulong seed, ulong index) => Mix(unchecked(seed + ((index + 1) * Gamma)));

    public ulong Next()
    {
        _state = unchecked(_state + Gamma);
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bound"/> is 0 or negative.</exception>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var n = (ulong)bound;
        // Draws at or above the last multiple of n would favour the small remainders, so they are drawn again.
        var limit = ulong.MaxValue - (ulong.MaxValue % n);
        ulong draw;
        do
        {
            draw = Next();
        }
        while (draw >= limit);
        return (int)(draw % n);
    }

    /// <summary>Fisher–Yates, from the last item down.</summary>
    public void Shuffle<T>(T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
