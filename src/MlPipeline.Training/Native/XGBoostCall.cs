using System.Runtime.InteropServices;

namespace MlPipeline.Training.Native;

/// <summary>Turns XGBoost's return codes into exceptions carrying the library's own message.</summary>
internal static class XGBoostCall
{
    /// <param name="operation">What we asked for, e.g. "set parameter eta=0.1", so the message says what failed.</param>
    public static void Check(int returnCode, string operation)
    {
        if (returnCode == 0)
        {
            return;
        }

        var message = Marshal.PtrToStringUTF8(XGBoostNative.XGBGetLastError()) ?? "";
        // XGBoost appends its C++ stack trace; the first part is the explanation a user can act on.
        var trace = message.IndexOf("Stack trace:", StringComparison.Ordinal);
        message = (trace >= 0 ? message[..trace] : message).Trim();
        throw new XGBoostException($"XGBoost failed to {operation}: {(string.IsNullOrEmpty(message) ? "no message from the library" : message)}");
    }
}
