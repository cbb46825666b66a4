using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace MlPipeline.Onnx.Runtime;

/// <summary>Copies an output of a run into managed memory, so ORT's value can be released right after.</summary>
internal static class OnnxTensorReader
{
    /// <exception cref="OnnxModelException">The output is not a float or int64 tensor.</exception>
    public static OnnxTensor Read(OrtValue value, string name)
    {
        if (value.OnnxType != OnnxValueType.ONNX_TYPE_TENSOR)
        {
            throw new OnnxModelException($"Output '{name}' is a {value.OnnxType}, not a tensor. Only tensor outputs are read: export classifiers without ZipMap.");
        }

        var info = value.GetTensorTypeAndShape();
        return info.ElementDataType switch
        {
            TensorElementType.Float => new OnnxTensor(name, info.Shape, value.GetTensorDataAsSpan<float>().ToArray()),
            TensorElementType.Int64 => Integers(name, info.Shape, value.GetTensorDataAsSpan<long>().ToArray()),
            var other => throw new OnnxModelException(
                $"Output '{name}' has tensor element type {other}; only float and int64 outputs are read. Cast it in the model, e.g. with a Cast node to float."),
        };
    }

    private static OnnxTensor Integers(string name, long[] shape, long[] integers) =>
        new(name, shape, Array.ConvertAll(integers, integer => (float)integer), integers);
}
