using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Tests.Boosting;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class TrainerStopHookTests
{
    private static readonly TrainingTask BinaryTask = new(TaskKind.Binary, 2);
    private static readonly XGBoostParameters Small = new(Eta: 0.3, MaxDepth: 3, NumBoostRound: 20, EarlyStoppingRounds: 0, Nthread: 1);

    [Fact]
    public void TrainingStopsAfterTheRoundTheHookAnswersTrueAndKeepsTheBestSoFar()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);
        var seen = new List<int>();

        using var stopped = XGBoostTrainer.Train(BinaryTask, train, validation, Small, stopAfter: round =>
        {
            seen.Add(round.Round);
            return round.Round == 7;
        });
        using var shorter = XGBoostTrainer.Train(BinaryTask, train, validation, Small with { NumBoostRound = 7 });

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], seen);
        Assert.True(stopped.Stopped);
        Assert.Equal(7, stopped.RoundsTrained);
        Assert.Equal(shorter.BestIteration, stopped.BestIteration);
        Assert.Equal(shorter.History.Select(r => r.ValidationValue), stopped.History.Select(r => r.ValidationValue));
        Assert.Equal(shorter.Booster.SaveJson(), stopped.Booster.SaveJson());
    }

    [Fact]
    public void TheHookRunsAfterProgressForTheSameRound()
    {
        var train = SyntheticData.Rows(0, 400, SyntheticData.Binary);
        var validation = SyntheticData.Rows(400, 100, SyntheticData.Binary);
        var events = new List<string>();

        using var model = XGBoostTrainer.Train(
            BinaryTask,
            train,
            validation,
            Small with { NumBoostRound = 2 },
            new ImmediateProgress<BoostingRound>(round => events.Add($"progress {round.Round}")),
            stopAfter: round =>
            {
                events.Add($"stop? {round.Round}");
                return false;
            });

        Assert.Equal(["progress 1", "stop? 1", "progress 2", "stop? 2"], events);
    }

    [Fact]
    public void AHookThatNeverStopsLeavesTrainingAsWithoutIt()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);

        using var hooked = XGBoostTrainer.Train(BinaryTask, train, validation, Small, stopAfter: _ => false);
        using var plain = XGBoostTrainer.Train(BinaryTask, train, validation, Small);

        Assert.False(hooked.Stopped);
        Assert.False(plain.Stopped);
        Assert.Equal(20, hooked.RoundsTrained);
        Assert.Equal(plain.Booster.SaveJson(), hooked.Booster.SaveJson());
    }
}
