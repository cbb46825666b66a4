namespace MlPipeline.Onnx.Native;

/// <summary>The C enum values we pass or compare (onnxruntime_c_api.h); C enums are 4-byte ints on Linux x64.</summary>
internal static class OrtConstants
{
    public const int LoggingLevelWarning = 2;

    public const int ElementTypeFloat = 1;
    public const int ElementTypeInt64 = 7;

    public const int OnnxTypeTensor = 1;

    public const int AllocatorTypeArena = 1;
    public const int MemTypeDefault = 0;
}
