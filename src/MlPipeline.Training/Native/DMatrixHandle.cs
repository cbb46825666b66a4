using Microsoft.Win32.SafeHandles;

namespace MlPipeline.Training.Native;

/// <summary>Owns an XGBoost DMatrix.</summary>
internal sealed class DMatrixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private DMatrixHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of a pointer XGBoost just returned.</summary>
    public static DMatrixHandle Own(nint pointer)
    {
        var owned = new DMatrixHandle();
        owned.SetHandle(pointer);
        return owned;
    }

    // A failed free cannot be reported from a finaliser; the return code is deliberately ignored.
    protected override bool ReleaseHandle() => XGBoostNative.XGDMatrixFree(handle) == 0;
}
