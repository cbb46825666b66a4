using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Samplers;

namespace MlPipeline.Training.Tests.Tuning.Samplers;

public sealed class TpeSplitting
{
    private static readonly IReadOnlyDictionary<string, TrialValue> Values = new Dictionary<string, TrialValue> { ["x"] = TrialValue.Of(0.5) };

    [Theory]
    [InlineData(10, 1)]
    [InlineData(25, 3)]
    [InlineData(100, 10)]
    [InlineData(300, 25)]
    public void TheGoodAreTheLowestTenthRoundedUpAndAtMost25(int finished, int good)
    {
        var history = Enumerable.Range(0, finished).Select(n => SamplerHistory.Completed(n, Values, (n * 37) % finished)).ToList();

        var split = TpeSplit.Of(history, finished, new TpeOptions())!;

        Assert.Equal(Enumerable.Range(0, good).Select(v => (double)v), split.Good.Select(trial => trial.Value!.Value).Order());
        Assert.Equal(finished - good, split.Bad.Count);
        Assert.Equal(split.Good.Select(trial => trial.Number).Order(), split.Good.Select(trial => trial.Number));
    }

    [Fact]
    public void PrunedTrialsRankAfterCompletedOnesLaterStepsFirstThenByTheirLastValue()
    {
        // 20 finished trials: 2 good. One completed, however bad, is good first; then the pruned trial that got furthest.
        List<Trial> history =
        [
            SamplerHistory.Completed(0, Values, 9.0),
            SamplerHistory.Pruned(1, Values, step: 10, value: 0.1),
            SamplerHistory.Pruned(2, Values, step: 50, value: 0.9),
            SamplerHistory.Pruned(3, Values, step: 50, value: 0.8),
            .. Enumerable.Range(4, 16).Select(n => SamplerHistory.Pruned(n, Values, step: 5, value: 0.0)),
            SamplerHistory.Failed(20, Values),
            SamplerHistory.Running(21, Values),
        ];

        var split = TpeSplit.Of(history, 22, new TpeOptions())!;

        Assert.Equal([0, 3], split.Good.Select(trial => trial.Number));
        Assert.Equal([1, 2, .. Enumerable.Range(4, 16), 21], split.Bad.Select(trial => trial.Number));
        Assert.DoesNotContain(21, TpeSplit.Of(history, 22, new TpeOptions(ConstantLiar: false))!.Bad.Select(trial => trial.Number));
    }

    [Fact]
    public void TheTrialBeingSampledIsNotPartOfItsOwnHistory()
    {
        var history = Enumerable.Range(0, 11).Select(n => SamplerHistory.Completed(n, Values, n)).ToList();

        // Trial 10 finishing would make 11 finished trials; it is the one being sampled, so 10 remain: still start-up.
        Assert.Null(TpeSplit.Of(history, 10, new TpeOptions(StartupTrials: 11)));
        Assert.DoesNotContain(10, TpeSplit.Of(history, 10, new TpeOptions())!.Bad.Select(trial => trial.Number));
    }
}
