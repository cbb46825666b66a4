namespace MlPipeline.Onnx.Native;

/// <summary>Owns an OrtSessionOptions; ORT copies it into the session, so it can go once the session exists.</summary>
internal sealed unsafe class SessionOptionsHandle : OrtHandle
{
    private SessionOptionsHandle(OrtApi api)
        : base(api)
    {
    }

    /// <summary>Takes ownership of a pointer ORT just returned.</summary>
    public static SessionOptionsHandle Own(OrtApi api, nint pointer)
    {
        var owned = new SessionOptionsHandle(api);
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseSessionOptions(handle);
        return true;
    }
}
