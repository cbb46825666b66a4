using MlPipeline.Data.Drift.Methods;

namespace MlPipeline.Data.Tests.Drift;

public sealed class ChiSquare
{
    [Fact]
    public void TheStatisticAndPValueMatchScipyWithCategoriesEmptyInBothDropped()
    {
        var (statistic, degrees, p) = ChiSquareMethod.Test([50, 30, 20, 0, 5], [40, 45, 10, 0, 12]);

        // scipy.stats.chi2_contingency([[50, 30, 20, 5], [40, 45, 10, 12]], correction=False) (the empty column dropped)
        Assert.Equal(10.308846944800766, statistic, 10);
        Assert.Equal(3, degrees);
        Assert.Equal(0.016115276913650844, p, 12);
    }

    [Fact]
    public void ProportionalCountsGiveAPValueOfOne()
    {
        var (statistic, _, p) = ChiSquareMethod.Test([10, 20, 30], [20, 40, 60]);

        Assert.Equal(0, statistic, 12);
        Assert.Equal(1, p, 12);
    }

    [Fact]
    public void ASingleCategoryCannotDrift()
    {
        var (_, degrees, p) = ChiSquareMethod.Test([10, 0], [3, 0]);

        Assert.Equal(0, degrees);
        Assert.Equal(1, p);
    }
}
