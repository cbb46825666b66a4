using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class SuccessiveHalvingPrunerTests
{
    private static readonly SuccessiveHalvingPruner Pruner = new(new PrunerOptions(MinResource: 10, ReductionFactor: 3));

    [Fact]
    public void TheFirstTrialToReachARungGoesOn()
    {
        Assert.False(Pruner.ShouldPrune(0, 10, 9.9, []));
    }

    [Fact]
    public void BelowReductionFactorRivalsOnlyTheBestGoesOn()
    {
        Trial[] trials = [At(0, TrialState.Completed, (10, 0.5))];

        Assert.True(Pruner.ShouldPrune(1, 10, 0.51, trials));
        Assert.False(Pruner.ShouldPrune(1, 10, 0.5, trials));
        Assert.False(Pruner.ShouldPrune(1, 10, 0.49, trials));
    }

    [Fact]
    public void WithSixValuesAtARungTheSecondBestIsTheCutOff()
    {
        // Six values, reduction factor 3: the best 6 / 3 = 2 go on, so the cut-off is the second smallest, own value included.
        Trial[] trials =
        [
            At(0, TrialState.Completed, (10, 0.10)),
            At(1, TrialState.Pruned, (10, 0.20)),
            At(2, TrialState.Completed, (10, 0.30)),
            At(3, TrialState.Pruned, (10, 0.40)),
            At(4, TrialState.Pruned, (10, 0.50)),
        ];

        Assert.False(Pruner.ShouldPrune(5, 10, 0.15, trials));
        Assert.False(Pruner.ShouldPrune(5, 10, 0.20, trials));
        Assert.True(Pruner.ShouldPrune(5, 10, 0.25, trials));
    }

    [Fact]
    public void RungsSitAtMinResourceTimesPowersOfTheReductionFactor()
    {
        // Trial 0 is far better everywhere, so trial 1 is pruned at any rung it is judged at, and only there.
        var best = At(0, TrialState.Completed, Enumerable.Range(1, 300).Select(step => (step, 0.0)).ToArray());
        var judged = new List<int>();
        for (var step = 1; step <= 300; step++)
        {
            var trial1 = At(1, TrialState.Running, Enumerable.Range(1, step).Select(s => (s, 1.0)).ToArray());
            if (Pruner.ShouldPrune(1, step, 1.0, [best, trial1]))
            {
                judged.Add(step);
            }
        }

        Assert.Equal([10, 30, 90, 270], judged);
    }

    [Fact]
    public void ValuesOfTrialsStillRunningCount()
    {
        Trial[] trials = [At(0, TrialState.Running, (10, 0.3), (11, 0.29))];

        Assert.True(Pruner.ShouldPrune(1, 10, 0.31, trials));
    }

    [Fact]
    public void TrialsThatStoppedBeforeTheRungAreNotRivalsThere()
    {
        Trial[] trials = [At(0, TrialState.Completed, (10, 0.1), (29, 0.05))];

        Assert.False(Pruner.ShouldPrune(1, 30, 0.9, [.. trials, At(1, TrialState.Running, (10, 0.1), (29, 0.9))]));
    }

    [Fact]
    public void ARivalReportingSparselyCountsWithItsValueAtTheFirstStepPastTheRung()
    {
        Trial[] trials = [At(0, TrialState.Completed, (5, 0.9), (12, 0.4), (20, 0.1))];

        Assert.True(Pruner.ShouldPrune(1, 10, 0.41, trials));
        Assert.False(Pruner.ShouldPrune(1, 10, 0.4, trials));
    }

    [Fact]
    public void AReportThatJumpsRungsIsJudgedAtEachOfThem()
    {
        // Good enough at rung 30 but not at rung 10, where the rival was better.
        Trial[] trials = [At(0, TrialState.Completed, (10, 0.2), (30, 0.5))];

        Assert.True(Pruner.ShouldPrune(1, 30, 0.3, trials));
        Assert.False(Pruner.ShouldPrune(1, 30, 0.2, trials));
    }

    [Fact]
    public void TheReportingTrialIsNotItsOwnRivalWhenTheListAlreadyHoldsTheStep()
    {
        // Five values: only the best goes on. Counted twice, 0.15 would make six values, and second best would go on.
        Trial[] trials =
        [
            At(0, TrialState.Completed, (10, 0.1)),
            At(1, TrialState.Completed, (10, 0.2)),
            At(2, TrialState.Completed, (10, 0.3)),
            At(3, TrialState.Completed, (10, 0.4)),
            At(4, TrialState.Running, (10, 0.15)),
        ];

        Assert.True(Pruner.ShouldPrune(4, 10, 0.15, trials));
    }

    [Fact]
    public void ANaNAtARungPrunesAndBetweenRungsDoesNot()
    {
        Assert.True(Pruner.ShouldPrune(0, 10, double.NaN, []));
        Assert.False(Pruner.ShouldPrune(0, 11, double.NaN, [At(0, TrialState.Running, (10, 0.5), (11, double.NaN))]));
    }

    [Fact]
    public void ARivalsNaNIsNotAValueAtTheRung()
    {
        Trial[] trials = [At(0, TrialState.Pruned, (10, double.NaN))];

        Assert.False(Pruner.ShouldPrune(1, 10, 5.0, trials));
    }

    [Fact]
    public void NoPrunerNeverPrunes()
    {
        Assert.False(new NoPruner().ShouldPrune(1, 10, double.NaN, [At(0, TrialState.Completed, (10, 0.0))]));
    }

    [Theory]
    [InlineData(0, 3, "The pruner's MinResource is 0 but must be at least 1")]
    [InlineData(10, 1, "The pruner's ReductionFactor is 1 but must be at least 2")]
    public void InvalidOptionsAreNamedWithTheAllowedRange(int minResource, int reductionFactor, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => new SuccessiveHalvingPruner(new PrunerOptions(minResource, reductionFactor)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    private static Trial At(int number, TrialState state, params (int Step, double Value)[] steps) =>
        new(number, new Dictionary<string, TrialValue>(), state, null, steps.ToDictionary(s => s.Step, s => s.Value), steps.Length == 0 ? 0 : steps.Max(s => s.Step), TimeSpan.Zero);
}
