using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class RandomNumbers
{
    [Fact]
    public void XoshiroMatchesTheReferenceImplementationFromAKnownState()
    {
        // xoshiro256starstar.c with s = {1, 2, 3, 4}: 11520, 0, 1509978240, 1215971899390074240
        var random = new Xoshiro256StarStar(1, 2, 3, 4);

        Assert.Equal([11520UL, 0UL, 1509978240UL, 1215971899390074240UL], [random.Next(), random.Next(), random.Next(), random.Next()]);
    }

    [Fact]
    public void ASeededXoshiroTakesItsStateFromSplitMix()
    {
        // A python transcription of both reference generators, state = four splitmix64 outputs from 42.
        var random = new Xoshiro256StarStar(42);

        Assert.Equal([1546998764402558742UL, 6990951692964543102UL, 12544586762248559009UL], [random.Next(), random.Next(), random.Next()]);
    }

    [Fact]
    public void BoundedDrawsStayInRangeAndSpreadEvenly()
    {
        var random = new Xoshiro256StarStar(7);
        var counts = new int[6];
        for (var i = 0; i < 60_000; i++)
        {
            counts[random.NextBelow(6)]++;
        }

        // 10,000 expected per value; the standard deviation is about 91, so ±400 is over 4 sigma.
        Assert.All(counts, count => Assert.InRange(count, 9_600, 10_400));
    }
}
