using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

/// <summary>
/// The benchmark on synthetic functions: over seeds 0 to 9, how many TPE trials reach the best value random
/// search finds in 100 trials (the goal is a median of at most 40).
/// </summary>
public sealed class TpeAgainstRandom
{
    private const int RandomTrials = 100;
    private const int MaxTrials = 300;

    [Fact]
    public void OnTheShiftedQuadraticTpeNeedsAMedianOf26Trials()
    {
        var counts = TrialsToMatchRandom(SyntheticObjectives.QuadraticSpace, SyntheticObjectives.Quadratic, new TpeOptions());

        Assert.Equal([13, 24, 50, 12, 28, 64, 63, 17, 14, 28], counts);
        Assert.Equal(26, Median(counts));
    }

    [Fact]
    public void OnBraninTpeNeedsAMedianOf38AndAHalfTrials()
    {
        var counts = TrialsToMatchRandom(SyntheticObjectives.BraninSpace, SyntheticObjectives.Branin, new TpeOptions());

        Assert.Equal([54, 22, 30, 33, 53, 122, 18, 44, 54, 22], counts);
        Assert.Equal(38.5, Median(counts));
    }

    [Fact]
    public void TheMultivariateEstimatorHelpsOnBraninsCoupledAxesButNotOnTheSeparableQuadratic()
    {
        var quadratic = TrialsToMatchRandom(SyntheticObjectives.QuadraticSpace, SyntheticObjectives.Quadratic, new TpeOptions(Multivariate: true));
        var branin = TrialsToMatchRandom(SyntheticObjectives.BraninSpace, SyntheticObjectives.Branin, new TpeOptions(Multivariate: true));

        Assert.Equal(30.5, Median(quadratic));
        Assert.Equal(27.5, Median(branin));
    }

    [Fact]
    public void TrialsToReachCountsTheTrialThatFirstReachesTheTargetOrReportsOneMoreThanTheBudget()
    {
        var random = new RandomSampler(0);
        var values = Enumerable.Range(0, 20).Select(n => SyntheticObjectives.Branin(random.Sample(SyntheticObjectives.BraninSpace, n, []))).ToList();
        var firstBelow = values.FindIndex(value => value <= values.Min() + 1e-12) + 1;

        Assert.Equal(firstBelow, SamplerComparison.TrialsToReach(random, SyntheticObjectives.BraninSpace, SyntheticObjectives.Branin, values.Min(), 20));
        Assert.Equal(values.Min(), SamplerComparison.BestValue(random, SyntheticObjectives.BraninSpace, SyntheticObjectives.Branin, 20));
        Assert.Equal(21, SamplerComparison.TrialsToReach(random, SyntheticObjectives.BraninSpace, SyntheticObjectives.Branin, 0.0, 20));
    }

    private static int[] TrialsToMatchRandom(SearchSpace space, Func<IReadOnlyDictionary<string, TrialValue>, double> objective, TpeOptions options) =>
        [.. Enumerable.Range(0, 10).Select(seed =>
        {
            var target = SamplerComparison.BestValue(new RandomSampler(seed), space, objective, RandomTrials);
            return SamplerComparison.TrialsToReach(new TpeSampler(seed, options), space, objective, target, MaxTrials);
        })];

    private static double Median(int[] counts)
    {
        var sorted = counts.Order().ToArray();
        return (sorted[(sorted.Length - 1) / 2] + sorted[sorted.Length / 2]) / 2.0;
    }
}
