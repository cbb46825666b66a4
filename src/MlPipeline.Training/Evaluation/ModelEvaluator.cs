using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Evaluation;

/// <summary>Scores a booster on encoded rows with the task's metrics.</summary>
public static class ModelEvaluator
{
    public static ModelEvaluation Evaluate(Booster booster, EncodedRows rows, TrainingTask task, int threads = 1)
    {
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, rows.FeatureCount, threads: threads);
        var outputs = booster.Predict(matrix).Values;
        IMetrics metrics = task.Kind == TaskKind.Regression
            ? MetricsCalculator.Regression(rows.Labels, outputs)
            : MetricsCalculator.Classification(ClassIndices(rows.Labels), outputs, task.ClassCount);
        return new ModelEvaluation(metrics, outputs);
    }

    public static int[] ClassIndices(float[] labels) => Array.ConvertAll(labels, l => (int)l);
}
