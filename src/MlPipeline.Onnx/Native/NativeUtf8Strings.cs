using System.Runtime.InteropServices;

namespace MlPipeline.Onnx.Native;

/// <summary>An array of NUL-terminated UTF-8 strings in native memory, the <c>const char* const*</c> that Run takes for names.</summary>
internal sealed unsafe class NativeUtf8Strings : IDisposable
{
    private readonly int _count;

    public NativeUtf8Strings(IReadOnlyList<string> values)
    {
        _count = values.Count;
        Pointers = (byte**)NativeMemory.AllocZeroed((nuint)_count, (nuint)sizeof(byte*));
        for (var i = 0; i < _count; i++)
        {
            Pointers[i] = (byte*)Marshal.StringToCoTaskMemUTF8(values[i]);
        }
    }

    public byte** Pointers { get; private set; }

    public void Dispose()
    {
        if (Pointers is null)
        {
            return;
        }

        for (var i = 0; i < _count; i++)
        {
            Marshal.FreeCoTaskMem((nint)Pointers[i]);
        }

        NativeMemory.Free(Pointers);
        Pointers = null;
    }
}
