namespace MlPipeline.Onnx.Native;

/// <summary>Owns an OrtSession.</summary>
internal sealed unsafe class SessionHandle : OrtHandle
{
    private SessionHandle(OrtApi api)
        : base(api)
    {
    }

    /// <summary>Takes ownership of a pointer ORT just returned.</summary>
    public static SessionHandle Own(OrtApi api, nint pointer)
    {
        var owned = new SessionHandle(api);
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseSession(handle);
        return true;
    }
}
