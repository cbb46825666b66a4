using Microsoft.Win32.SafeHandles;

namespace MlPipeline.Onnx.Native;

/// <summary>An owned ORT object released with its own Release* function; ORT's Release* functions return nothing, so release never fails.</summary>
internal abstract class OrtHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    protected OrtHandle(OrtApi api)
        : base(ownsHandle: true)
    {
        Api = api;
    }

    protected OrtApi Api { get; }

    /// <summary>
    /// The raw pointer for one native call, with a reference held so a concurrent Dispose cannot release the object mid-call
    /// (function pointers get no SafeHandle marshalling). Throws ObjectDisposedException once the handle is closed.
    /// </summary>
    public OrtHandleLease Lease() => new(this);
}
