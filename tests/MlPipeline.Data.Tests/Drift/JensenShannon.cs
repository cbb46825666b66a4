using MlPipeline.Data.Drift.Methods;

namespace MlPipeline.Data.Tests.Drift;

public sealed class JensenShannon
{
    [Fact]
    public void TheDistanceMatchesScipyInBaseTwo() =>
        // scipy.spatial.distance.jensenshannon([50, 30, 20, 0, 5], [40, 45, 10, 0, 12], base=2)
        Assert.Equal(0.18887747279714268, JensenShannonMethod.Distance([50, 30, 20, 0, 5], [40, 45, 10, 0, 12]), 12);

    [Fact]
    public void DisjointDistributionsAreOneApartAndEqualOnesZero()
    {
        // scipy.spatial.distance.jensenshannon([1, 0], [0, 1], base=2) == 1.0
        Assert.Equal(1, JensenShannonMethod.Distance([1, 0], [0, 1]), 12);
        Assert.Equal(0, JensenShannonMethod.Distance([3, 1], [6, 2]), 7);
    }
}
