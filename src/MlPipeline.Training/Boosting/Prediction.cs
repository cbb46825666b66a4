namespace MlPipeline.Training.Boosting;

/// <summary>A prediction output: the values row-major and their shape (e.g. [rows], [rows, classes], [rows, classes, features + 1]).</summary>
public sealed record Prediction(float[] Values, int[] Shape);
