using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers.MlNet;

namespace MlPipeline.Training.Trainers.LightGbm;

/// <summary>LightGBM through ML.NET (Microsoft.ML.LightGbm and the native LightGBM it ships); the model is ML.NET's model.zip.</summary>
internal static class LightGbmEstimator
{
    public static MlNetTrainer Trainer { get; } = new(TrainerKind.LightGbm, "lightgbm", "num_iterations", LightGbmParameters.All, typeof(LightGbmBinaryTrainer), Create);

    private static IEstimator<ITransformer> Create(MLContext ml, TrainingTask task, MlNetLabels labels, ParameterValues values, TrainerRun run) => task.Kind switch
    {
        TaskKind.Binary => ml.BinaryClassification.Trainers.LightGbm(Configure(new LightGbmBinaryTrainer.Options(), labels, values, run)),
        TaskKind.Multiclass => ml.MulticlassClassification.Trainers.LightGbm(Configure(new LightGbmMulticlassTrainer.Options { UseSoftmax = true }, labels, values, run)),
        _ => ml.Regression.Trainers.LightGbm(Configure(new LightGbmRegressionTrainer.Options(), labels, values, run)),
    };

    private static TOptions Configure<TOptions, TOutput, TTransformer, TModel>(
        LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase options, MlNetLabels labels, ParameterValues values, TrainerRun run)
        where TOptions : LightGbmTrainerBase<TOptions, TOutput, TTransformer, TModel>.OptionsBase, new()
        where TTransformer : ISingleFeaturePredictionTransformer<TModel>
        where TModel : class
    {
        options.LabelColumnName = labels.Label;
        options.ExampleWeightColumnName = labels.Weight;
        options.FeatureColumnName = MlNetColumns.Features;
        options.NumberOfIterations = values.Whole("num_iterations");
        options.LearningRate = values["learning_rate"];
        options.NumberOfLeaves = values.Whole("num_leaves");
        options.MinimumExampleCountPerLeaf = values.Whole("min_data_in_leaf");
        options.Booster = new GradientBooster.Options
        {
            L1Regularization = values["lambda_l1"],
            L2Regularization = values["lambda_l2"],
            FeatureFraction = values["feature_fraction"],
            SubsampleFraction = values["bagging_fraction"],
            // LightGBM bags only when the frequency is positive; then every iteration, as XGBoost's subsample does.
            SubsampleFrequency = values["bagging_fraction"] < 1 ? 1 : 0,
        };
        // A fixed thread count, seed and LightGBM's deterministic mode: the same data gives the same model.
        options.NumberOfThreads = run.Threads;
        options.Seed = run.Seed;
        options.Deterministic = true;
        options.Silent = true;
        return (TOptions)options;
    }
}
