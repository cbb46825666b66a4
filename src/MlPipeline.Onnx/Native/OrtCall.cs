using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>Turns the <c>OrtStatus*</c> every ORT call returns into an exception carrying ORT's own message and code.</summary>
internal static unsafe class OrtCall
{
    /// <param name="operation">What we asked for, e.g. "create a session from the model bytes", so the message says what failed.</param>
    /// <exception cref="OnnxRuntimeException"><paramref name="status"/> is not null (NULL means success).</exception>
    public static void Check(OrtApi api, nint status, string operation)
    {
        if (status == 0)
        {
            return;
        }

        var code = api.GetErrorCode(status);
        var message = Marshal.PtrToStringUTF8((nint)api.GetErrorMessage(status));
        api.ReleaseStatus(status);
        throw new OnnxRuntimeException(
            $"ONNX Runtime failed to {operation} (error code {code}): {(string.IsNullOrEmpty(message) ? "no message from the library" : message)}",
            (OnnxRuntimeErrorCode)code);
    }
}
