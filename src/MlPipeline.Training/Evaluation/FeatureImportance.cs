using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Trainers.XGBoost;

namespace MlPipeline.Training.Evaluation;

/// <summary>Global importance: the mean absolute SHAP contribution of each feature over the rows (and the classes).</summary>
public static class FeatureImportance
{
    /// <returns>As the booster's overload for an XGBoost model; null for a model without SHAP contributions (ML.NET's).</returns>
    public static IReadOnlyList<KeyValuePair<string, double>>? MeanAbsoluteShap(IModelScorer model, EncodedRows rows, int threads = 1) =>
        model is XGBoostScorer xgboost ? MeanAbsoluteShap(xgboost.Booster, rows, threads) : null;

    /// <returns>Feature name and importance, most important first (ties in feature order).</returns>
    public static IReadOnlyList<KeyValuePair<string, double>> MeanAbsoluteShap(Booster booster, EncodedRows rows, int threads = 1)
    {
        using var matrix = DMatrix.Create(rows.Features, rows.RowCount, rows.FeatureCount, threads: threads);
        var contributions = booster.Predict(matrix, PredictionKind.Contributions);
        // Shape [rows, features + 1] or [rows, classes, features + 1]; the last entry of each block is the bias.
        var width = rows.FeatureCount + 1;
        var sums = new double[rows.FeatureCount];
        var blocks = contributions.Values.Length / width;
        for (var block = 0; block < blocks; block++)
        {
            for (var feature = 0; feature < rows.FeatureCount; feature++)
            {
                sums[feature] += Math.Abs(contributions.Values[(block * width) + feature]);
            }
        }

        return rows.FeatureNames
            .Select((name, i) => new KeyValuePair<string, double>(name, blocks == 0 ? 0 : sums[i] / blocks))
            .OrderByDescending(p => p.Value)
            .ToArray();
    }
}
