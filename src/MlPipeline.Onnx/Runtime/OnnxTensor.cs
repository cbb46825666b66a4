namespace MlPipeline.Onnx.Runtime;

/// <summary>One output of a run: its name, its shape, and its values in row-major order.</summary>
/// <param name="Values">
/// The values as float. For a float tensor they are ORT's bits unchanged; for an int64 tensor (e.g. the label output of a
/// TreeEnsembleClassifier) they are the integers converted to float, exact up to 2^24 in magnitude.
/// </param>
/// <param name="Int64Values">The exact integers of an int64 tensor; null for a float tensor.</param>
public sealed record OnnxTensor(string Name, long[] Shape, float[] Values, long[]? Int64Values = null);
