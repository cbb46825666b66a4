using Microsoft.Win32.SafeHandles;

namespace MlPipeline.Training.Native;

/// <summary>Owns an XGBoost Booster.</summary>
internal sealed class BoosterHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    private BoosterHandle()
        : base(ownsHandle: true)
    {
    }

    /// <summary>Takes ownership of a pointer XGBoost just returned.</summary>
    public static BoosterHandle Own(nint pointer)
    {
        var owned = new BoosterHandle();
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle() => XGBoostNative.XGBoosterFree(handle) == 0;
}
