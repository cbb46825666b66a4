using Microsoft.ML;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Features;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>
/// Trains an ML.NET estimator on the pipeline's rows and measures it as the pipeline does: the validation loss is our
/// <see cref="MetricsCalculator"/>'s log_loss or rmse on the model's own predictions.
/// </summary>
internal static class MlNetTraining
{
    /// <param name="rounds">The rounds the estimator trains: ML.NET's trainers have no per-round hook or kept-best round.</param>
    public static TrainerResult Train(
        TrainingTask task,
        EncodedRows train,
        EncodedRows validation,
        TrainerRun run,
        int rounds,
        Func<MLContext, MlNetLabels, IEstimator<ITransformer>> estimator,
        IProgress<BoostingRound>? progress,
        CancellationToken cancellation)
    {
        LabelCheck.Validate(task, train, "training");
        LabelCheck.Validate(task, validation, "validation");
        var ml = new MLContext(run.Seed);
        // ML.NET's fit cannot be interrupted from outside: cancellation takes effect before and after it.
        cancellation.ThrowIfCancellationRequested();
        var model = estimator(ml, MlNetLabels.For(task, train)).Fit(MlNetData.Labelled(ml, train, task));
        cancellation.ThrowIfCancellationRequested();
        var bytes = MlNetModelFile.Save(ml, model, MlNetData.Features(ml, [], 0, train.FeatureCount).Schema);

        using var scorer = MlNetScorer.Load(bytes, task);
        var metric = MetricFor(task.Kind);
        var trainLoss = Loss(scorer, train, task, metric);
        var validationLoss = Loss(scorer, validation, task, metric);
        progress?.Report(new BoostingRound(rounds, rounds, metric, trainLoss, validationLoss));
        return new TrainerResult(bytes, rounds, rounds - 1, metric, validationLoss, Stopped: false);
    }

    /// <summary>Our log_loss for classifiers, rmse for regression.</summary>
    public static string MetricFor(TaskKind task) => task == TaskKind.Regression ? MetricNames.Rmse : MetricNames.LogLoss;

    private static double Loss(IModelScorer scorer, EncodedRows rows, TrainingTask task, string metric) =>
        ModelEvaluator.Evaluate(scorer, rows, task).Metrics.Values[metric];
}
