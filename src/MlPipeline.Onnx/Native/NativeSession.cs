using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>An OrtSession and the calls made on it. ORT's Run is thread-safe, and so is everything here; a Dispose during a call releases the session when the call returns.</summary>
internal sealed unsafe partial class NativeSession : IDisposable
{
    private readonly OrtEnvironment _environment;
    private readonly SessionHandle _session;

    private NativeSession(OrtEnvironment environment, SessionHandle session)
    {
        _environment = environment;
        _session = session;
    }

    /// <exception cref="OnnxRuntimeException">The library is missing, or ORT refused the model (its message says why).</exception>
    public static NativeSession Create(ReadOnlySpan<byte> model, int intraOpThreads)
    {
        var environment = OrtEnvironment.Shared;
        var api = environment.Api;
        nint options;
        OrtCall.Check(api, api.CreateSessionOptions(&options), "create session options");
        using var ownedOptions = SessionOptionsHandle.Own(api, options);
        OrtCall.Check(api, api.SetIntraOpNumThreads(options, intraOpThreads), $"set {intraOpThreads} intra-op thread(s)");

        nint session;
        fixed (byte* bytes = model)
        {
            OrtCall.Check(
                api,
                api.CreateSessionFromArray(environment.Env.DangerousGetHandle(), bytes, (nuint)model.Length, options, &session),
                $"create a session from the {model.Length}-byte model");
        }

        return new NativeSession(environment, SessionHandle.Own(api, session));
    }

    public string[] InputNames() => Names(_environment.Api.SessionGetInputCount, _environment.Api.SessionGetInputName, "input");

    public string[] OutputNames() => Names(_environment.Api.SessionGetOutputCount, _environment.Api.SessionGetOutputName, "output");

    public void Dispose() => _session.Dispose();

    private string[] Names(
        delegate* unmanaged<nint, nuint*, nint> getCount,
        delegate* unmanaged<nint, nuint, nint, byte**, nint> getName,
        string kind)
    {
        var api = _environment.Api;
        using var session = _session.Lease();
        nuint count;
        OrtCall.Check(api, getCount(session.Pointer, &count), $"count the model's {kind}s");
        var names = new string[(int)count];
        for (nuint i = 0; i < count; i++)
        {
            byte* name;
            OrtCall.Check(api, getName(session.Pointer, i, _environment.DefaultAllocator, &name), $"read the name of {kind} {i}");
            try
            {
                names[i] = Marshal.PtrToStringUTF8((nint)name) ?? "";
            }
            finally
            {
                OrtCall.Check(api, api.AllocatorFree(_environment.DefaultAllocator, name), $"free the name of {kind} {i}");
            }
        }

        return names;
    }
}
