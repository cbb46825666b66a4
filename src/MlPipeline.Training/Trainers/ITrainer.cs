using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Trainers;

/// <summary>A trainer family: its parameters, how it trains, how its model file is scored.</summary>
public interface ITrainer
{
    TrainerKind Kind { get; }

    /// <summary>How <c>--trainer</c>, training.json and the registry name it: xgboost, lightgbm, fasttree.</summary>
    string Name { get; }

    /// <summary>model.json or model.zip.</summary>
    string ModelFileName { get; }

    /// <summary>The parameter that sets how many rounds (trees) it trains.</summary>
    string RoundsParameter { get; }

    /// <summary>Its own parameters (not the run settings of <see cref="TrainerRun"/>), under its own names.</summary>
    IReadOnlyList<TrainerParameter> Parameters { get; }

    /// <summary>The native or managed libraries it trains with, and their versions, for the lineage.</summary>
    IReadOnlyDictionary<string, string> Libraries { get; }

    /// <summary>The validation loss training reports for a task (lower is better), e.g. mlogloss.</summary>
    string ValidationMetric(TaskKind task);

    SearchSpace DefaultSearchSpace => ParameterTable.DefaultSearchSpace(Parameters);

    /// <param name="parameters">Values by <see cref="TrainerParameter.Name"/>; a parameter left out takes its default.</param>
    /// <param name="stopAfter">Asked after each round whether to stop (pruning); trainers without per-round hooks never ask.</param>
    /// <exception cref="TrainingException">Invalid parameters or labels.</exception>
    TrainerResult Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        IReadOnlyDictionary<string, double> parameters,
        TrainerRun run,
        IProgress<BoostingRound>? progress,
        Func<BoostingRound, bool>? stopAfter,
        CancellationToken cancellation);

    /// <summary>Opens a model file this trainer wrote.</summary>
    IModelScorer Load(ReadOnlySpan<byte> model, TrainingTask task, int threads);
}
