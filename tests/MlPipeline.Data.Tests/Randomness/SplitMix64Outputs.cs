using MlPipeline.Data.Randomness;

namespace MlPipeline.Data.Tests.Randomness;

public sealed class SplitMix64Outputs
{
    [Fact]
    public void TheGeneratorMatchesTheReferenceImplementationFromZero()
    {
        // splitmix64.c from x = 0: 0xe220a8397b1dcdaf, then 7960286522194355700, 487617019471545679
        var random = new SplitMix64(0);

        Assert.Equal([0xe220a8397b1dcdafUL, 7960286522194355700UL, 487617019471545679UL], [random.Next(), random.Next(), random.Next()]);
    }

    [Fact]
    public void AnOutputComputedDirectlyIsTheOneTheGeneratorReachesInSequence()
    {
        var random = new SplitMix64(1234567);
        var sequence = Enumerable.Range(0, 5).Select(_ => random.Next()).ToArray();

        Assert.Equal(sequence, Enumerable.Range(0, 5).Select(i => SplitMix64.At(1234567, (ulong)i)));
        Assert.Equal(487617019471545679UL, SplitMix64.At(0, 2));
    }
}
