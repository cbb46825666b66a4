namespace MlPipeline.Onnx.Native;

/// <summary>
/// ONNX Runtime refused a call or cannot be loaded. The message carries the library's own explanation;
/// <see cref="ErrorCode"/> is ORT's code, or null when the failure happened before ORT could answer (library missing, wrong version).
/// </summary>
public sealed class OnnxRuntimeException(string message, OnnxRuntimeErrorCode? errorCode = null, Exception? innerException = null)
    : Exception(message, innerException)
{
    public OnnxRuntimeErrorCode? ErrorCode { get; } = errorCode;
}
