using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

public sealed class GridSampling
{
    private static readonly SearchSpace Space = SamplerSpaces.EveryKind;

    [Fact]
    public void TheGridSizeIsTheProductOfThePointsPerParameter()
    {
        // x, scale, depth (2, 6, 10), rounds (50, 158, 500): 3 points each; kind: 4 choices.
        Assert.Equal(3 * 3 * 3 * 3 * 4, new GridSampler(Space, 3, seed: 0).Size);
    }

    [Fact]
    public void NumbersAreEvenlySpacedLogRangesInTheirLogarithmAndIntegersRoundedOnce()
    {
        var space = new SearchSpace(
        [
            new UniformSpace("x", -1, 1),
            new LogUniformSpace("scale", 1e-3, 10),
            new IntegerSpace("depth", 2, 4),
        ]);
        var grid = new GridSampler(space, 5, seed: 0);

        var points = Enumerable.Range(0, grid.Size).Select(n => grid.Sample(space, n, [])).ToList();

        // depth: 2, 2.5, 3, 3.5, 4 round (to even) to 2, 2, 3, 4, 4, so three values remain.
        Assert.Equal(5 * 5 * 3, grid.Size);
        Assert.Equal([-1, -0.5, 0, 0.5, 1], points.Select(p => p["x"].Number).Distinct().Order());
        Assert.Equal([2, 3, 4], points.Select(p => p["depth"].Integer).Distinct().Order());
        var scales = points.Select(p => p["scale"].Number).Distinct().Order().ToArray();
        Assert.Equal(1e-3, scales[0]);
        Assert.Equal(10, scales[^1]);
        Assert.Equal([-2, -1, 0], scales[1..^1].Select(s => Math.Round(Math.Log10(s), 12)));
    }

    [Fact]
    public void TheFirstSizeTrialsVisitEveryPointOnceThenTheOrderRepeats()
    {
        var grid = new GridSampler(Space, 3, seed: 4);

        var texts = Enumerable.Range(0, 2 * grid.Size).Select(n => RandomSampling.Text(grid.Sample(Space, n, []))).ToList();

        Assert.Equal(grid.Size, texts.Take(grid.Size).Distinct().Count());
        Assert.Equal(texts.Take(grid.Size), texts.Skip(grid.Size));
        Assert.All(Enumerable.Range(0, grid.Size), n => SamplerSpaces.AssertBelongs(Space, grid.Sample(Space, n, [])));
    }

    [Fact]
    public void TheOrderIsShuffledBySeedAndIndependentOfTheHistory()
    {
        var grid = new GridSampler(Space, 3, seed: 4);
        var again = new GridSampler(Space, 3, seed: 4);
        var other = new GridSampler(Space, 3, seed: 5);

        var order = Order(grid);
        var history = new[] { SamplerHistory.Completed(0, grid.Sample(Space, 0, []), 1.0) };

        Assert.Equal(order, Order(again));
        Assert.NotEqual(order, Order(other));
        Assert.Equal(RandomSampling.Text(grid.Sample(Space, 7, [])), RandomSampling.Text(grid.Sample(Space, 7, history)));
        // Nested-loop order would start with the lowest x, scale, depth and rounds; a shuffle starts elsewhere.
        Assert.NotEqual("x=-5, scale=0.001, depth=2, rounds=50, kind=a", order[0]);
    }

    [Fact]
    public void AGridRefusesASpaceItWasNotBuiltFor()
    {
        var grid = new GridSampler(Space, 3, seed: 0);
        var other = new SearchSpace([new UniformSpace("x", -5, 5)]);
        var rebuilt = new SearchSpace([.. Space.Parameters.Select(p => p is CategoricalSpace c ? new CategoricalSpace(c.Name, [.. c.Choices]) : p)]);

        var error = Assert.Throws<ArgumentException>("space", () => grid.Sample(other, 0, []));

        Assert.Contains("built for another search space", error.Message, StringComparison.Ordinal);
        Assert.Equal(RandomSampling.Text(grid.Sample(Space, 3, [])), RandomSampling.Text(grid.Sample(rebuilt, 3, [])));
    }

    [Fact]
    public void AGridOfMoreThanAMillionPointsIsRefusedWithAWayOut()
    {
        var error = Assert.Throws<ArgumentException>("pointsPerNumeric", () => new GridSampler(XGBoostSearchSpace.Default, 10, seed: 0));

        Assert.Contains("more than 1,000,000 points: use fewer points", error.Message, StringComparison.Ordinal);
    }

    private static List<string> Order(GridSampler grid) =>
        [.. Enumerable.Range(0, grid.Size).Select(n => RandomSampling.Text(grid.Sample(Space, n, [])))];
}
