using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Training.Evaluation;

/// <summary>Scores a model on encoded rows with the task's metrics.</summary>
public static class ModelEvaluator
{
    public static ModelEvaluation Evaluate(Booster booster, EncodedRows rows, TrainingTask task, int threads = 1)
    {
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, rows.FeatureCount, threads: threads);
        return Score(booster.Predict(matrix).Values, rows, task);
    }

    public static ModelEvaluation Evaluate(IModelScorer model, EncodedRows rows, TrainingTask task) =>
        Score(model.Predict(rows.Features, rows.RowCount, rows.FeatureCount), rows, task);

    public static int[] ClassIndices(float[] labels) => Array.ConvertAll(labels, l => (int)l);

    private static ModelEvaluation Score(float[] outputs, EncodedRows rows, TrainingTask task)
    {
        IMetrics metrics = task.Kind == TaskKind.Regression
            ? MetricsCalculator.Regression(rows.Labels, outputs)
            : MetricsCalculator.Classification(ClassIndices(rows.Labels), outputs, task.ClassCount);
        return new ModelEvaluation(metrics, outputs);
    }
}
