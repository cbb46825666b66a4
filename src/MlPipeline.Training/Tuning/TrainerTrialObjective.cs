using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tuning;

/// <summary>A trial of any trainer: train with the baseline parameters and the trial's values, return the validation loss.</summary>
/// <param name="baseline">Parameter values every trial starts from, by the trainer's names; a trial's values replace them.</param>
public sealed class TrainerTrialObjective(
    ITrainer trainer, TrainingTask task, EncodedRows train, EncodedRows validation, IReadOnlyDictionary<string, double> baseline, int earlyStoppingRounds)
{
    /// <param name="stopAfter">Asked after every round whether to stop (pruning); null trains to the end or early stopping.</param>
    public double Evaluate(IReadOnlyDictionary<string, TrialValue> values, int threads, int seed, Func<BoostingRound, bool>? stopAfter, CancellationToken cancellation)
    {
        var parameters = new Dictionary<string, double>(baseline);
        foreach (var (name, value) in values)
        {
            parameters[name] = value.Number;
        }

        return trainer.Train(task, train, validation, parameters, new TrainerRun(seed, threads, earlyStoppingRounds), progress: null, stopAfter, cancellation).ValidationValue;
    }

    /// <summary>The objective for a <see cref="StudyRunner"/>: the trial's threads and seed, every round reported to the pruner.</summary>
    public TrialObjective ForStudy() => (values, context, cancellation) =>
        Evaluate(values, context.Threads, context.Seed, round => context.Report(round.Round, round.ValidationValue), cancellation);
}
