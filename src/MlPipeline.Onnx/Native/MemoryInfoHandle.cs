namespace MlPipeline.Onnx.Native;

/// <summary>Owns an OrtMemoryInfo describing where tensor buffers live.</summary>
internal sealed unsafe class MemoryInfoHandle : OrtHandle
{
    private MemoryInfoHandle(OrtApi api)
        : base(api)
    {
    }

    /// <summary>Takes ownership of a pointer ORT just returned.</summary>
    public static MemoryInfoHandle Own(OrtApi api, nint pointer)
    {
        var owned = new MemoryInfoHandle(api);
        owned.SetHandle(pointer);
        return owned;
    }

    protected override bool ReleaseHandle()
    {
        Api.ReleaseMemoryInfo(handle);
        return true;
    }
}
