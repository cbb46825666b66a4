using Microsoft.ML;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>The estimator of one ML.NET trainer family for a task, configured from its parameter values and the run settings.</summary>
internal delegate IEstimator<ITransformer> MlNetEstimator(MLContext ml, TrainingTask task, MlNetLabels labels, ParameterValues values, TrainerRun run);

/// <summary>An ML.NET trainer family (LightGBM, FastTree): its table and estimator; training, saving and scoring are shared.</summary>
/// <param name="library">A type of the family's assembly, whose version the lineage records.</param>
internal sealed class MlNetTrainer(
    TrainerKind kind, string name, string roundsParameter, IReadOnlyList<TrainerParameter> parameters, Type library, MlNetEstimator estimator) : ITrainer
{
    public TrainerKind Kind => kind;

    public string Name => name;

    public string ModelFileName => "model.zip";

    public string RoundsParameter => roundsParameter;

    public IReadOnlyList<TrainerParameter> Parameters => parameters;

    public IReadOnlyDictionary<string, string> Libraries => MlNetLibraries.Versions(library, name);

    public string ValidationMetric(TaskKind task) => MlNetTraining.MetricFor(task);

    public TrainerResult Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        IReadOnlyDictionary<string, double> values,
        TrainerRun run,
        IProgress<BoostingRound>? progress,
        Func<BoostingRound, bool>? stopAfter,
        CancellationToken cancellation)
    {
        var checkedValues = new ParameterValues(parameters, values);
        return MlNetTraining.Train(
            task, train, validation, run, checkedValues.Whole(roundsParameter), (ml, labels) => estimator(ml, task, labels, checkedValues, run), progress, cancellation);
    }

    public IModelScorer Load(ReadOnlySpan<byte> model, TrainingTask task, int threads) => MlNetScorer.Load(model, task);
}
