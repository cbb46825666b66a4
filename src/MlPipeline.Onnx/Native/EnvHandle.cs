namespace MlPipeline.Onnx.Native;

/// <summary>Owns an OrtEnv (logging and thread pools shared by every session of the process).</summary>
internal sealed unsafe class EnvHandle : OrtHandle
{
    private EnvHandle(OrtApi api)
        : base(api)
    {
    }

    /// <summary>Takes ownership of a pointer ORT just returned.</summary>
    public static EnvHandle Own(OrtApi api, nint pointer)
    {
        var owned = new EnvHandle(api);
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseEnv(handle);
        return true;
    }
}
