namespace MlPipeline.Training.Trainers;

/// <summary>A loaded model that scores encoded rows.</summary>
public interface IModelScorer : IDisposable
{
    /// <summary>p(class 1) per row (binary), [rows, classes] probabilities (multiclass) or the value (regression).</summary>
    /// <param name="features">Row-major, NaN where a value is missing.</param>
    float[] Predict(ReadOnlySpan<float> features, int rowCount, int featureCount);
}
