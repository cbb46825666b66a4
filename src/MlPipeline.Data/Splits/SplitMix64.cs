namespace MlPipeline.Data.Splits;

/// <summary>
/// Vigna's SplitMix64 generator (https://prng.di.unimi.it/splitmix64.c). Ours rather than <see cref="Random"/>, whose
/// sequence the runtime may change, because a split must come out the same on every machine and .NET version.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state = unchecked(_state + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>).</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var n = (ulong)bound;
        // Draws at or above the last multiple of n would favour the small remainders, so they are drawn again.
        var limit = ulong.MaxValue - ulong.MaxValue % n;
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
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
