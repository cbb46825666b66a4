using MlPipeline.Data.Randomness;
using MlPipeline.Data.Splits;

namespace MlPipeline.Data.Tests.Splits;

public sealed class SeededShuffle
{
    [Fact]
    public void TheGeneratorReproducesTheReferenceSplitMix64()
    {
        var random = new SplitMix64(1234567);

        // The reference splitmix64.c in python: s = (s + 0x9E3779B97F4A7C15) % 2**64; z = s;
        // z = ((z ^ z >> 30) * 0xBF58476D1CE4E5B9) % 2**64; z = ((z ^ z >> 27) * 0x94D049BB133111EB) % 2**64; z ^ z >> 31
        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(_ => random.Next()));
    }

    [Fact]
    public void BelowStaysInRangeAndReachesEveryValue()
    {
        var random = new SplitMix64(7);

        var draws = Enumerable.Range(0, 1000).Select(_ => random.Below(6)).ToArray();

        Assert.All(draws, d => Assert.InRange(d, 0, 5));
        Assert.Equal([0, 1, 2, 3, 4, 5], draws.Distinct().Order());
    }

    [Fact]
    public void TheSameSeedShufflesTheSameWayAndAnotherSeedDifferently()
    {
        int[] Shuffled(ulong seed)
        {
            var items = Enumerable.Range(0, 20).ToArray();
            new SplitMix64(seed).Shuffle(items);
            return items;
        }

        Assert.Equal(Shuffled(3), Shuffled(3));
        Assert.NotEqual(Shuffled(3), Shuffled(4));
        Assert.Equal(Enumerable.Range(0, 20), Shuffled(3).Order());
    }
}
