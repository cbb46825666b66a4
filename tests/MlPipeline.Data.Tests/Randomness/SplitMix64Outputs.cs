using MlPipeline.Data.Randomness;

namespace MlPipeline.Data.Tests.Randomness;

public sealed class SplitMix64Outputs
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
    public void AnOutputComputedDirectlyIsTheOneTheGeneratorReachesInSequence()
    {
        Assert.Equal(
            [6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL, 16408922859458223821UL],
            Enumerable.Range(0, 5).Select(i => SplitMix64.At(1234567, (ulong)i)));
        // splitmix64.c from x = 0: 0xe220a8397b1dcdaf, 7960286522194355700, 487617019471545679
        Assert.Equal(0xe220a8397b1dcdafUL, new SplitMix64(0).Next());
        Assert.Equal(487617019471545679UL, SplitMix64.At(0, 2));
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
