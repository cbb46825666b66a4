using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Metrics;

/// <summary>Point estimates of the evaluation metrics, computed to match scikit-learn 1.2.</summary>
public static class MetricsCalculator
{
    /// <summary>Classification metrics: accuracy, precision, recall, f1, macro_f1, micro_f1, roc_auc, pr_auc, log_loss.</summary>
    /// <param name="truth">The true class of each row, 0..<paramref name="classCount"/> − 1.</param>
    /// <param name="probabilities">
    /// Binary (<paramref name="classCount"/> = 2): one value per row, p(class 1), as XGBoost's binary:logistic returns it;
    /// the predicted class is 1 when p ≥ 0.5. Multiclass: row-major [N, classCount] (multi:softprob); the predicted class
    /// is the first column holding the row's maximum.
    /// </param>
    /// <param name="classCount">Number of classes, at least 2; decides <see cref="TaskKind.Binary"/> or <see cref="TaskKind.Multiclass"/>.</param>
    /// <remarks>
    /// Binary precision/recall/f1 are of class 1; multiclass ones are macro averages (f1 = macro_f1). Macro averages
    /// run over the classes that occur in truth or predictions, and a class never predicted (or never true) has
    /// precision (recall) 0, like sklearn's defaults (labels=None, zero_division=0). micro_f1 equals accuracy.
    /// roc_auc and pr_auc: binary of class 1, multiclass the macro one-vs-rest mean (sklearn's multi_class='ovr',
    /// average='macro'); tied scores form one threshold. They are left out of <see cref="IMetrics.Values"/> where
    /// sklearn raises: roc_auc when a class is missing from truth, pr_auc when class 1 (binary) or any class
    /// (multiclass) is. log_loss clips to [ε, 1 − ε] with ε = 2⁻²³ (float32 machine epsilon: sklearn ≥ 1.2 on float32
    /// input) and renormalises rows.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// Empty truth, a class index out of range, probabilities not of the shape above, or a probability outside [0, 1].
    /// </exception>
    public static ClassificationMetrics Classification(int[] truth, float[] probabilities, int classCount)
    {
        var scorer = new ClassificationScorer(truth, probabilities, classCount);
        var ones = RowCounts.Ones(scorer.RowCount);
        var values = new double[scorer.Names.Count];
        scorer.Score(ones, values);
        return new ClassificationMetrics(
            classCount == 2 ? TaskKind.Binary : TaskKind.Multiclass,
            classCount,
            RowCounts.Defined(scorer.Names, values),
            new ConfusionMatrix(classCount, scorer.Confusion(ones)));
    }

    /// <summary>Regression metrics: rmse, mae, r2 (sklearn's r2_score: 1 for an exact fit of a constant truth, else 0 there).</summary>
    /// <exception cref="ArgumentException">Empty truth, lengths that differ, or a non-finite value.</exception>
    public static RegressionMetrics Regression(float[] truth, float[] predicted)
    {
        var scorer = new RegressionScorer(truth, predicted);
        var values = new double[scorer.Names.Count];
        scorer.Score(RowCounts.Ones(scorer.RowCount), values);
        return new RegressionMetrics(RowCounts.Defined(scorer.Names, values));
    }
}
