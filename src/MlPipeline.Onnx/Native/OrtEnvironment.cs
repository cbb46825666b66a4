namespace MlPipeline.Onnx.Native;

/// <summary>
/// What every session of the process shares: one OrtEnv (ORT allows one per process), the CPU memory description input tensors
/// are made with, and ORT's default allocator (which names are allocated with; it is owned by ORT and never freed).
/// Created on first use; never released, since sessions may live until the process ends.
/// </summary>
internal sealed unsafe class OrtEnvironment
{
    private static readonly Lock Gate = new();
    private static OrtEnvironment? _shared;

    private OrtEnvironment(OrtApi api, EnvHandle env, MemoryInfoHandle cpuMemory, nint defaultAllocator)
    {
        Api = api;
        Env = env;
        CpuMemory = cpuMemory;
        DefaultAllocator = defaultAllocator;
    }

    /// <exception cref="OnnxRuntimeException">The library cannot be loaded, or ORT refused to create the environment.</exception>
    public static OrtEnvironment Shared
    {
        get
        {
            // A lock rather than Lazy<T>: a failure (library not found) must not be cached, so a later OnnxRuntimeLibrary.Use can fix it.
            lock (Gate)
            {
                return _shared ??= Create(OnnxRuntimeLibrary.Api);
            }
        }
    }

    public OrtApi Api { get; }

    public EnvHandle Env { get; }

    public MemoryInfoHandle CpuMemory { get; }

    public nint DefaultAllocator { get; }

    private static OrtEnvironment Create(OrtApi api)
    {
        nint env;
        fixed (byte* logId = "MlPipeline\0"u8)
        {
            OrtCall.Check(api, api.CreateEnv(OrtConstants.LoggingLevelWarning, logId, &env), "create the process-wide environment (OrtEnv)");
        }

        var envHandle = EnvHandle.Own(api, env);
        nint memoryInfo;
        OrtCall.Check(api, api.CreateCpuMemoryInfo(OrtConstants.AllocatorTypeArena, OrtConstants.MemTypeDefault, &memoryInfo), "describe CPU memory (CreateCpuMemoryInfo)");
        var memoryHandle = MemoryInfoHandle.Own(api, memoryInfo);
        nint allocator;
        OrtCall.Check(api, api.GetAllocatorWithDefaultOptions(&allocator), "get the default allocator");
        return new OrtEnvironment(api, envHandle, memoryHandle, allocator);
    }
}
