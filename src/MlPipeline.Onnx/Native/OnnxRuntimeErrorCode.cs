namespace MlPipeline.Onnx.Native;

/// <summary>ORT's <c>OrtErrorCode</c> values (onnxruntime_c_api.h); a code this list lacks still arrives as its number.</summary>
public enum OnnxRuntimeErrorCode
{
    Fail = 1,
    InvalidArgument = 2,
    NoSuchFile = 3,
    NoModel = 4,
    EngineError = 5,
    RuntimeException = 6,
    InvalidProtobuf = 7,
    ModelLoaded = 8,
    NotImplemented = 9,
    InvalidGraph = 10,
    ExecutionProviderFailure = 11,
}
