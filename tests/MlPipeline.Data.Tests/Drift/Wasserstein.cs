using MlPipeline.Data.Drift.Methods;
using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Tests.Drift;

public sealed class Wasserstein
{
    [Fact]
    public void TheExactDistanceMatchesScipy()
    {
        var distance = WassersteinMethod.Exact(KolmogorovSmirnov.Sorted(KolmogorovSmirnov.A), KolmogorovSmirnov.Sorted(KolmogorovSmirnov.B));

        // scipy.stats.wasserstein_distance(A, B)
        Assert.Equal(0.7028, distance, 10);
    }

    [Fact]
    public void TheDistanceFromAThousandQuantileSketchIsWithinAThousandthOfScipy()
    {
        // ra = -np.log(1 - u) over 6,000 LCG draws (seed 1), rb = -np.log(1 - v)*1.3 + 0.2 over 8,000 (seed 2)
        var reference = TestTables.Uniform(1, 6000).Select(u => -Math.Log(1 - u)).Order().ToArray();
        var batch = TestTables.Uniform(2, 8000).Select(v => -Math.Log(1 - v) * 1.3 + 0.2).Order().ToArray();

        var approximate = WassersteinMethod.FromSketch(Quantiles.Sketch(reference, 1000), batch);

        // scipy.stats.wasserstein_distance(ra, rb) = 0.4786855393474983, ra.std() = 0.995: the sketch error is
        // about 2e-5 here; 1e-3 is the bound documented for a 1,000-quantile sketch relative to the spread.
        Assert.Equal(0.4786855393474983, approximate, 0.001);
        Assert.Equal(0.4786855393474983, WassersteinMethod.Exact(reference, batch), 10);
    }
}
