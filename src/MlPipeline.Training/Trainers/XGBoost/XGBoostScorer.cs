using MlPipeline.Training.Boosting;

namespace MlPipeline.Training.Trainers.XGBoost;

/// <summary>An XGBoost model scoring with a fixed thread count.</summary>
internal sealed class XGBoostScorer : IModelScorer
{
    private readonly Booster _booster;
    private readonly int _threads;

    public XGBoostScorer(Booster booster, int threads)
    {
        (_booster, _threads) = (booster, threads);
        _booster.SetParameter("nthread", threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The booster itself, for what only XGBoost offers (SHAP contributions).</summary>
    public Booster Booster => _booster;

    public float[] Predict(ReadOnlySpan<float> features, int rowCount, int featureCount)
    {
        using var matrix = DMatrix.Create(features, rowCount, featureCount, threads: _threads);
        return _booster.Predict(matrix).Values;
    }

    public void Dispose() => _booster.Dispose();
}
