namespace MlPipeline.Onnx.Native;

/// <summary>Owns an OrtValue: a tensor we made over a pinned buffer, or an output Run allocated.</summary>
internal sealed unsafe class ValueHandle : OrtHandle
{
    private ValueHandle(OrtApi api)
        : base(api)
    {
    }

    /// <summary>Takes ownership of a pointer ORT just returned.</summary>
    public static ValueHandle Own(OrtApi api, nint pointer)
    {
        var owned = new ValueHandle(api);
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseValue(handle);
        return true;
    }
}
