using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Tests.Statistics;

public sealed class SortedValues
{
    [Fact]
    public void TheValuesPresentComeOutAsAStableSortLeavesThem()
    {
        var random = new Random(3);
        float[] special = [0f, -0f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, float.MaxValue, -float.MaxValue, float.Epsilon, -float.Epsilon];
        var values = Enumerable.Range(0, 50_000)
            .Select(i => i % 10 == 0 ? special[i / 10 % special.Length] : (float)Math.Round((random.NextDouble() - 0.5) * 2000, i % 3))
            .ToArray();

        var sorted = AscendingValues.Of(values);

        // Bit for bit, so the order of 0 and -0 counts too.
        var expected = values.Where(v => !float.IsNaN(v)).Select(v => (double)v).Order().ToArray();
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), sorted.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void NoValuesGiveNone() => Assert.Empty(AscendingValues.Of([float.NaN, float.NaN]));
}
