using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Native;

internal sealed unsafe partial class NativeSession
{
    /// <summary>
    /// Runs the model on one float tensor and copies every requested output. The input is a tensor over <paramref name="data"/> itself
    /// (no copy), so the buffer stays pinned until ORT has finished and the tensor is released; each output value is released after it is copied.
    /// </summary>
    /// <exception cref="OnnxRuntimeException">ORT refused the input or failed while running (its message says why).</exception>
    public OnnxTensor[] Run(string inputName, ReadOnlySpan<float> data, ReadOnlySpan<long> shape, IReadOnlyList<string> outputNames)
    {
        var api = _environment.Api;
        var outputs = new nint[outputNames.Count];
        var shapeText = $"[{string.Join(", ", shape.ToArray())}]";
        using (var session = _session.Lease())
        using (var memory = _environment.CpuMemory.Lease())
        using (var names = new NativeUtf8Strings([inputName, .. outputNames]))
        fixed (float* values = data)
        fixed (long* dimensions = shape)
        fixed (nint* outputValues = outputs)
        {
            nint input;
            OrtCall.Check(
                api,
                api.CreateTensorWithDataAsOrtValue(
                    memory.Pointer, values, (nuint)data.Length * sizeof(float), dimensions, (nuint)shape.Length, OrtConstants.ElementTypeFloat, &input),
                $"wrap the input '{inputName}' of shape {shapeText} as a tensor");
            using var ownedInput = ValueHandle.Own(api, input);
            OrtCall.Check(api, api.Run(session.Pointer, 0, names.Pointers, &input, 1, names.Pointers + 1, (nuint)outputs.Length, outputValues), $"run the model on input '{inputName}' of shape {shapeText}");
        }

        var owned = Array.ConvertAll(outputs, output => ValueHandle.Own(api, output));
        try
        {
            var tensors = new OnnxTensor[owned.Length];
            for (var i = 0; i < owned.Length; i++)
            {
                tensors[i] = OrtTensorReader.Read(api, owned[i].DangerousGetHandle(), outputNames[i]);
            }

            return tensors;
        }
        finally
        {
            foreach (var output in owned)
            {
                output.Dispose();
            }
        }
    }
}
