using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Trainers.MlNet;

namespace MlPipeline.Training.Trainers.FastTree;

/// <summary>ML.NET's FastTree (MART gradient boosting); multiclass as one-versus-all over binary FastTree, probabilities normalised.</summary>
internal sealed class FastTreeTrainer : ITrainer
{
    public TrainerKind Kind => TrainerKind.FastTree;

    public string Name => "fasttree";

    public string ModelFileName => "model.zip";

    public string RoundsParameter => "number_of_trees";

    public IReadOnlyList<TrainerParameter> Parameters => FastTreeParameters.All;

    public IReadOnlyDictionary<string, string> Libraries => MlNetLibraries.Versions(typeof(FastTreeBinaryTrainer), "fasttree");

    public string ValidationMetric(TaskKind task) => MlNetTraining.MetricFor(task);

    public TrainerResult Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        IReadOnlyDictionary<string, double> parameters,
        TrainerRun run,
        IProgress<BoostingRound>? progress,
        Func<BoostingRound, bool>? stopAfter,
        CancellationToken cancellation)
    {
        var values = new ParameterValues(FastTreeParameters.All, parameters);
        return MlNetTraining.Train(task, train, validation, run, values.Whole(RoundsParameter), (ml, labels) => Estimator(ml, task, labels, values, run), progress, cancellation);
    }

    public IModelScorer Load(ReadOnlySpan<byte> model, TrainingTask task, int threads) => MlNetScorer.Load(model, task);

    private static IEstimator<ITransformer> Estimator(MLContext ml, TrainingTask task, MlNetLabels labels, ParameterValues values, TrainerRun run) => task.Kind switch
    {
        TaskKind.Binary => ml.BinaryClassification.Trainers.FastTree(Configure(new FastTreeBinaryTrainer.Options(), labels, values, run)),
        TaskKind.Multiclass => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.FastTree(Configure(new FastTreeBinaryTrainer.Options(), labels, values, run)), labels.Label),
        _ => ml.Regression.Trainers.FastTree(Configure(new FastTreeRegressionTrainer.Options(), labels, values, run)),
    };

    private static TOptions Configure<TOptions>(TOptions options, MlNetLabels labels, ParameterValues values, TrainerRun run)
        where TOptions : BoostedTreeOptions
    {
        options.LabelColumnName = labels.Label;
        options.ExampleWeightColumnName = labels.Weight;
        options.FeatureColumnName = MlNetColumns.Features;
        options.NumberOfTrees = values.Whole("number_of_trees");
        options.LearningRate = values["learning_rate"];
        options.NumberOfLeaves = values.Whole("number_of_leaves");
        options.MinimumExampleCountPerLeaf = values.Whole("minimum_example_count_per_leaf");
        options.FeatureFraction = values["feature_fraction"];
        options.NumberOfThreads = run.Threads;
        options.Seed = run.Seed;
        options.FeatureSelectionSeed = run.Seed;
        return options;
    }
}
