namespace MlPipeline.Onnx.Export;

/// <summary>A model cannot be exported to ONNX (not an XGBoost JSON model, an unsupported objective, options that do not fit it); the message says how to fix it.</summary>
public sealed class OnnxExportException : Exception
{
    public OnnxExportException(string message)
        : base(message)
    {
    }

    public OnnxExportException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
