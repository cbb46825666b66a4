using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>
/// The ONNX Runtime C API functions we call, read from the <c>OrtApi</c> table (slot i at byte offset 8·i; the slot numbers are
/// those of onnxruntime_c_api.h, append-only since API version 1). Opaque ORT objects are <c>nint</c>, C strings <c>byte*</c>,
/// <c>size_t</c> is <c>nuint</c>, C enums are <c>int</c>; every <c>nint</c> return is an <c>OrtStatus*</c> for <see cref="OrtCall.Check"/>.
/// </summary>
internal sealed unsafe class OrtApi
{
    /// <summary>
    /// Every function we call is in API version 1 (slots 0–101); version 2 ends at slot 118 (ReleaseModelMetadata), which
    /// <see cref="VerifyLayout"/> reads, so 2 is the lowest version whose table holds every slot we touch.
    /// </summary>
    public const uint ApiVersion = 2;

    public readonly delegate* unmanaged<int, byte*, nint> CreateStatus;
    public readonly delegate* unmanaged<nint, int> GetErrorCode;
    public readonly delegate* unmanaged<nint, byte*> GetErrorMessage;
    public readonly delegate* unmanaged<int, byte*, nint*, nint> CreateEnv;
    public readonly delegate* unmanaged<nint, void*, nuint, nint, nint*, nint> CreateSessionFromArray;
    public readonly delegate* unmanaged<nint, nint, byte**, nint*, nuint, byte**, nuint, nint*, nint> Run;
    public readonly delegate* unmanaged<nint*, nint> CreateSessionOptions;
    public readonly delegate* unmanaged<nint, int, nint> SetIntraOpNumThreads;
    public readonly delegate* unmanaged<nint, nuint*, nint> SessionGetInputCount;
    public readonly delegate* unmanaged<nint, nuint*, nint> SessionGetOutputCount;
    public readonly delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetInputName;
    public readonly delegate* unmanaged<nint, nuint, nint, byte**, nint> SessionGetOutputName;
    public readonly delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint> CreateTensorWithDataAsOrtValue;
    public readonly delegate* unmanaged<nint, void**, nint> GetTensorMutableData;
    public readonly delegate* unmanaged<nint, int*, nint> GetTensorElementType;
    public readonly delegate* unmanaged<nint, nuint*, nint> GetDimensionsCount;
    public readonly delegate* unmanaged<nint, long*, nuint, nint> GetDimensions;
    public readonly delegate* unmanaged<nint, nuint*, nint> GetTensorShapeElementCount;
    public readonly delegate* unmanaged<nint, nint*, nint> GetTensorTypeAndShape;
    public readonly delegate* unmanaged<nint, int*, nint> GetValueType;
    public readonly delegate* unmanaged<int, int, nint*, nint> CreateCpuMemoryInfo;
    public readonly delegate* unmanaged<nint, void*, nint> AllocatorFree;
    public readonly delegate* unmanaged<nint*, nint> GetAllocatorWithDefaultOptions;
    public readonly delegate* unmanaged<nint, void> ReleaseEnv;
    public readonly delegate* unmanaged<nint, void> ReleaseStatus;
    public readonly delegate* unmanaged<nint, void> ReleaseMemoryInfo;
    public readonly delegate* unmanaged<nint, void> ReleaseSession;
    public readonly delegate* unmanaged<nint, void> ReleaseValue;
    public readonly delegate* unmanaged<nint, void> ReleaseTensorTypeAndShapeInfo;
    public readonly delegate* unmanaged<nint, void> ReleaseSessionOptions;

    private readonly LibraryLocation _location;

    private OrtApi(nint* table, string version, LibraryLocation location)
    {
        _location = location;
        Version = version;
        CreateStatus = (delegate* unmanaged<int, byte*, nint>)Slot(table, 0, nameof(CreateStatus));
        GetErrorCode = (delegate* unmanaged<nint, int>)Slot(table, 1, nameof(GetErrorCode));
        GetErrorMessage = (delegate* unmanaged<nint, byte*>)Slot(table, 2, nameof(GetErrorMessage));
        CreateEnv = (delegate* unmanaged<int, byte*, nint*, nint>)Slot(table, 3, nameof(CreateEnv));
        CreateSessionFromArray = (delegate* unmanaged<nint, void*, nuint, nint, nint*, nint>)Slot(table, 8, nameof(CreateSessionFromArray));
        Run = (delegate* unmanaged<nint, nint, byte**, nint*, nuint, byte**, nuint, nint*, nint>)Slot(table, 9, nameof(Run));
        CreateSessionOptions = (delegate* unmanaged<nint*, nint>)Slot(table, 10, nameof(CreateSessionOptions));
        SetIntraOpNumThreads = (delegate* unmanaged<nint, int, nint>)Slot(table, 24, nameof(SetIntraOpNumThreads));
        SessionGetInputCount = (delegate* unmanaged<nint, nuint*, nint>)Slot(table, 30, nameof(SessionGetInputCount));
        SessionGetOutputCount = (delegate* unmanaged<nint, nuint*, nint>)Slot(table, 31, nameof(SessionGetOutputCount));
        SessionGetInputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)Slot(table, 36, nameof(SessionGetInputName));
        SessionGetOutputName = (delegate* unmanaged<nint, nuint, nint, byte**, nint>)Slot(table, 37, nameof(SessionGetOutputName));
        CreateTensorWithDataAsOrtValue = (delegate* unmanaged<nint, void*, nuint, long*, nuint, int, nint*, nint>)Slot(table, 49, nameof(CreateTensorWithDataAsOrtValue));
        GetTensorMutableData = (delegate* unmanaged<nint, void**, nint>)Slot(table, 51, nameof(GetTensorMutableData));
        GetTensorElementType = (delegate* unmanaged<nint, int*, nint>)Slot(table, 60, nameof(GetTensorElementType));
        GetDimensionsCount = (delegate* unmanaged<nint, nuint*, nint>)Slot(table, 61, nameof(GetDimensionsCount));
        GetDimensions = (delegate* unmanaged<nint, long*, nuint, nint>)Slot(table, 62, nameof(GetDimensions));
        GetTensorShapeElementCount = (delegate* unmanaged<nint, nuint*, nint>)Slot(table, 64, nameof(GetTensorShapeElementCount));
        GetTensorTypeAndShape = (delegate* unmanaged<nint, nint*, nint>)Slot(table, 65, nameof(GetTensorTypeAndShape));
        GetValueType = (delegate* unmanaged<nint, int*, nint>)Slot(table, 67, nameof(GetValueType));
        CreateCpuMemoryInfo = (delegate* unmanaged<int, int, nint*, nint>)Slot(table, 69, nameof(CreateCpuMemoryInfo));
        AllocatorFree = (delegate* unmanaged<nint, void*, nint>)Slot(table, 76, nameof(AllocatorFree));
        GetAllocatorWithDefaultOptions = (delegate* unmanaged<nint*, nint>)Slot(table, 78, nameof(GetAllocatorWithDefaultOptions));
        ReleaseEnv = (delegate* unmanaged<nint, void>)Slot(table, 92, nameof(ReleaseEnv));
        ReleaseStatus = (delegate* unmanaged<nint, void>)Slot(table, 93, nameof(ReleaseStatus));
        ReleaseMemoryInfo = (delegate* unmanaged<nint, void>)Slot(table, 94, nameof(ReleaseMemoryInfo));
        ReleaseSession = (delegate* unmanaged<nint, void>)Slot(table, 95, nameof(ReleaseSession));
        ReleaseValue = (delegate* unmanaged<nint, void>)Slot(table, 96, nameof(ReleaseValue));
        ReleaseTensorTypeAndShapeInfo = (delegate* unmanaged<nint, void>)Slot(table, 99, nameof(ReleaseTensorTypeAndShapeInfo));
        ReleaseSessionOptions = (delegate* unmanaged<nint, void>)Slot(table, 100, nameof(ReleaseSessionOptions));
        VerifyLayout(table);
    }

    /// <summary>What <c>GetVersionString()</c> returned, e.g. "1.30.0".</summary>
    public string Version { get; }

    /// <summary>Reads <c>OrtApiBase</c> = { GetApi(uint version) at offset 0, GetVersionString() at offset 8 } and the table of <see cref="ApiVersion"/>.</summary>
    /// <exception cref="OnnxRuntimeException">Not ONNX Runtime 1.x, or too old for <see cref="ApiVersion"/>.</exception>
    public static OrtApi FromApiBase(nint* apiBase, LibraryLocation location)
    {
        var getApi = (delegate* unmanaged<uint, nint*>)apiBase[0];
        var getVersionString = (delegate* unmanaged<byte*>)apiBase[1];
        var version = Marshal.PtrToStringUTF8((nint)getVersionString()) ?? "";
        if (!version.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new OnnxRuntimeException(
                $"{location.Path} (from {location.Source}) reports ONNX Runtime version '{version}', but this binding speaks the 1.x C API. {OnnxRuntimeLibrary.InstallHint}");
        }

        var table = getApi(ApiVersion);
        if (table is null)
        {
            throw new OnnxRuntimeException(
                $"ONNX Runtime {version} at {location.Path} (from {location.Source}) does not offer C API version {ApiVersion}. {OnnxRuntimeLibrary.InstallHint}");
        }

        return new OrtApi(table, version, location);
    }

    /// <summary>A table slot, which must hold a function: a null one means the table is shorter or laid out differently than we think.</summary>
    private nint Slot(nint* table, int index, string name)
    {
        var function = table[index];
        if (function == 0)
        {
            throw LayoutMismatch($"slot {index} ({name}) is empty");
        }

        return function;
    }

    /// <summary>
    /// The table carries no names or sizes, so two things are checked: the slots ORT's own sources pin with static_asserts
    /// (ReleaseCustomOpDomain 101, the end of version 1; ReleaseModelMetadata 118, the end of version 2) hold functions, like every slot
    /// we read; and slots 0/1/2/93 behave as CreateStatus/GetErrorCode/GetErrorMessage/ReleaseStatus by a round trip of a status we make.
    /// </summary>
    private void VerifyLayout(nint* table)
    {
        Slot(table, 101, "ReleaseCustomOpDomain");
        Slot(table, 118, "ReleaseModelMetadata");

        const int probeCode = (int)OnnxRuntimeErrorCode.NotImplemented;
        const string probeMessage = "MlPipeline function table check";
        nint status;
        fixed (byte* message = System.Text.Encoding.UTF8.GetBytes(probeMessage + "\0"))
        {
            status = CreateStatus(probeCode, message);
        }

        if (status == 0)
        {
            throw LayoutMismatch("CreateStatus (slot 0) returned no status");
        }

        var code = GetErrorCode(status);
        var text = Marshal.PtrToStringUTF8((nint)GetErrorMessage(status));
        ReleaseStatus(status);
        if (code != probeCode || text != probeMessage)
        {
            throw LayoutMismatch($"a status made with code {probeCode} and message '{probeMessage}' read back as code {code} and message '{text}'");
        }
    }

    private OnnxRuntimeException LayoutMismatch(string detail) => new(
        $"The C API function table of ONNX Runtime {Version} at {_location.Path} does not have the layout this binding expects: {detail}. "
        + $"Use ONNX Runtime 1.30 ({OnnxRuntimeLibrary.InstallHint})");
}
