namespace MlPipeline.Onnx.Runtime;

/// <summary>
/// A model could not be loaded or run. The message says which model (its path, or its size when it came as bytes), what was
/// being done, and ONNX Runtime's own explanation; ORT's exception, with its error code, is the inner exception.
/// </summary>
public sealed class OnnxModelException(string message, Exception? innerException = null) : Exception(message, innerException);
