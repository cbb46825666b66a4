using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>Keeps a SafeHandle alive while its pointer is in a native call; see <see cref="OrtHandle.Lease"/>.</summary>
internal ref struct OrtHandleLease
{
    private readonly SafeHandle _handle;
    private bool _referenced;

    public OrtHandleLease(SafeHandle handle)
    {
        _handle = handle;
        handle.DangerousAddRef(ref _referenced);
        Pointer = handle.DangerousGetHandle();
    }

    public nint Pointer { get; }

    public void Dispose()
    {
        if (_referenced)
        {
            _referenced = false;
            _handle.DangerousRelease();
        }
    }
}
