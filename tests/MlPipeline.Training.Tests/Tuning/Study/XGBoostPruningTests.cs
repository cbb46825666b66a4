using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Tests.Boosting;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

public sealed class XGBoostPruningTests
{
    [Fact]
    public async Task AWeakTrialStopsItsTrainingAtTheFirstRung()
    {
        var train = SyntheticData.Rows(0, 800, SyntheticData.Binary);
        var validation = SyntheticData.Rows(800, 200, SyntheticData.Binary);
        var models = new Dictionary<int, (bool Stopped, int Rounds, double ValidationAt5)>();
        var runner = new StudyRunner(
            new FixedSampler(0.3, 0.01),
            new SuccessiveHalvingPruner(new PrunerOptions(MinResource: 5, ReductionFactor: 3)),
            new InMemoryStudyStorage(),
            new StudyOptions(Trials: 2, Timeout: null, Parallelism: 1, Seed: 0) { Threads = 1 });

        var result = await runner.RunAsync(
            new SearchSpace([new LogUniformSpace("x", 0.001, 1)]),
            (values, context, cancellation) =>
            {
                var parameters = new XGBoostParameters(Eta: values["x"].Number, MaxDepth: 3, NumBoostRound: 40, EarlyStoppingRounds: 0, Seed: context.Seed, Nthread: context.Threads);
                using var model = XGBoostTrainer.Train(
                    new TrainingTask(TaskKind.Binary, 2),
                    train,
                    validation,
                    parameters,
                    cancellation: cancellation,
                    stopAfter: round => context.Report(round.Round, round.ValidationValue));
                models[context.Number] = (model.Stopped, model.RoundsTrained, model.History[4].ValidationValue);
                return model.Best.ValidationValue;
            },
            null,
            default);

        // Eta 0.3 reaches every rung first and runs its 40 rounds; eta 0.01 is behind it at round 5, the first rung.
        Assert.Equal((false, 40), (models[0].Stopped, models[0].Rounds));
        Assert.Equal((true, 5), (models[1].Stopped, models[1].Rounds));
        Assert.Equal(TrialState.Completed, result.Trials[0].State);
        Assert.Equal(TrialState.Pruned, result.Trials[1].State);
        Assert.Equal(5, result.Trials[1].LastStep);
        Assert.Equal(models[1].ValidationAt5, result.Trials[1].Value);
        Assert.Equal(0, result.Best.Number);
    }
}
