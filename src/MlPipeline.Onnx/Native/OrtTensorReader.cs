using MlPipeline.Onnx.Runtime;

namespace MlPipeline.Onnx.Native;

/// <summary>Copies an output OrtValue into managed memory, so the value can be released right after.</summary>
internal static unsafe class OrtTensorReader
{
    /// <exception cref="OnnxRuntimeException">The output is not a float or int64 tensor, or ORT refused to describe it.</exception>
    public static OnnxTensor Read(OrtApi api, nint value, string name)
    {
        int valueType;
        OrtCall.Check(api, api.GetValueType(value, &valueType), $"read the type of output '{name}'");
        if (valueType != OrtConstants.OnnxTypeTensor)
        {
            throw new OnnxRuntimeException(
                $"Output '{name}' is not a tensor (ONNXType {valueType}; 2 is a sequence, 3 a map). Only tensor outputs are read: export classifiers without ZipMap.");
        }

        var (elementType, shape, count) = Describe(api, value, name);
        void* data;
        OrtCall.Check(api, api.GetTensorMutableData(value, &data), $"read the data of output '{name}'");
        switch (elementType)
        {
            case OrtConstants.ElementTypeFloat:
                return new OnnxTensor(name, shape, new ReadOnlySpan<float>(data, count).ToArray());
            case OrtConstants.ElementTypeInt64:
                var integers = new ReadOnlySpan<long>(data, count).ToArray();
                return new OnnxTensor(name, shape, Array.ConvertAll(integers, integer => (float)integer), integers);
            default:
                throw new OnnxRuntimeException(
                    $"Output '{name}' has tensor element type {elementType}; only float (1) and int64 (7) outputs are read. Cast it in the model, e.g. with a Cast node to float.");
        }
    }

    private static (int ElementType, long[] Shape, int Count) Describe(OrtApi api, nint value, string name)
    {
        nint info;
        OrtCall.Check(api, api.GetTensorTypeAndShape(value, &info), $"read the shape of output '{name}'");
        try
        {
            int elementType;
            OrtCall.Check(api, api.GetTensorElementType(info, &elementType), $"read the element type of output '{name}'");
            nuint rank;
            OrtCall.Check(api, api.GetDimensionsCount(info, &rank), $"read the rank of output '{name}'");
            var shape = new long[(int)rank];
            fixed (long* dimensions = shape)
            {
                OrtCall.Check(api, api.GetDimensions(info, dimensions, rank), $"read the dimensions of output '{name}'");
            }

            nuint count;
            OrtCall.Check(api, api.GetTensorShapeElementCount(info, &count), $"count the elements of output '{name}'");
            return (elementType, shape, checked((int)count));
        }
        finally
        {
            api.ReleaseTensorTypeAndShapeInfo(info);
        }
    }
}
