using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tuning;

/// <summary>A trial of XGBoost: train with the baseline parameters and the trial's values, return the best validation loss.</summary>
public sealed class XGBoostTrialObjective(TrainingTask task, EncodedRows train, EncodedRows validation, XGBoostParameters baseline)
{
    /// <param name="stopAfter">Asked after every round whether to stop (pruning); null trains to the end or early stopping.</param>
    public double Evaluate(IReadOnlyDictionary<string, TrialValue> values, int threads, int seed, Func<BoostingRound, bool>? stopAfter, CancellationToken cancellation)
    {
        var parameters = values.Aggregate(baseline, (p, v) => p.With(v.Key, v.Value.Number)) with { Nthread = threads, Seed = seed };
        using var model = XGBoostTrainer.Train(task, train, validation, parameters, progress: null, cancellation, stopAfter);
        return model.Best.ValidationValue;
    }

    /// <summary>The objective for a <see cref="StudyRunner"/>: the trial's threads and seed, every round reported to the pruner.</summary>
    public TrialObjective ForStudy() => (values, context, cancellation) =>
        Evaluate(values, context.Threads, context.Seed, round => context.Report(round.Round, round.ValidationValue), cancellation);
}
