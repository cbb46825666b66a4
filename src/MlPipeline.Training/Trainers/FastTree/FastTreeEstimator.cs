using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers.MlNet;

namespace MlPipeline.Training.Trainers.FastTree;

/// <summary>ML.NET's FastTree (MART gradient boosting); multiclass as one-versus-all over binary FastTree, probabilities normalised.</summary>
internal static class FastTreeEstimator
{
    public static MlNetTrainer Trainer { get; } = new(TrainerKind.FastTree, "fasttree", "number_of_trees", FastTreeParameters.All, typeof(FastTreeBinaryTrainer), Create);

    private static IEstimator<ITransformer> Create(MLContext ml, TrainingTask task, MlNetLabels labels, ParameterValues values, TrainerRun run) => task.Kind switch
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
