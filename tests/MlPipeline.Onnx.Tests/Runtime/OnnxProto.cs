namespace MlPipeline.Onnx.Tests.Runtime;

/// <summary>The few onnx.proto messages the runtime tests need (field numbers from onnx.proto, as listed in NATIVE-NOTES.md).</summary>
internal static class OnnxProto
{
    public const int ElementFloat = 1;
    public const int ElementInt64 = 7;

    private const int AttributeFloats = 6;
    private const int AttributeInt = 2;
    private const int AttributeString = 3;
    private const int AttributeInts = 7;
    private const int AttributeStrings = 8;

    /// <summary>A ModelProto of IR version 8 importing the given operator sets.</summary>
    public static byte[] Model(ProtoMessage graph, params (string Domain, long Version)[] opsets) =>
        new ProtoMessage()
            .Int64(1, 8)
            .String(2, "MlPipeline.Onnx.Tests")
            .Message(7, graph)
            .Each(opsets, (model, opset) => model.Message(8, new ProtoMessage().String(1, opset.Domain).Int64(2, opset.Version)))
            .ToByteArray();

    public static ProtoMessage Graph(string name, ProtoMessage[] nodes, ProtoMessage[] initializers, ProtoMessage[] inputs, ProtoMessage[] outputs) =>
        new ProtoMessage()
            .Each(nodes, (graph, node) => graph.Message(1, node))
            .String(2, name)
            .Each(initializers, (graph, tensor) => graph.Message(5, tensor))
            .Each(inputs, (graph, input) => graph.Message(11, input))
            .Each(outputs, (graph, output) => graph.Message(12, output));

    public static ProtoMessage Node(string opType, string[] inputs, string[] outputs, string domain = "", params ProtoMessage[] attributes) =>
        new ProtoMessage()
            .Each(inputs, (node, input) => node.String(1, input))
            .Each(outputs, (node, output) => node.String(2, output))
            .String(3, opType + "_node")
            .String(4, opType)
            .Each(attributes, (node, attribute) => node.Message(5, attribute))
            .String(7, domain);

    /// <summary>A float tensor with its values in float_data.</summary>
    public static ProtoMessage FloatTensor(string name, long[] dimensions, float[] values) =>
        new ProtoMessage()
            .Each(dimensions, (tensor, dimension) => tensor.Int64(1, dimension))
            .Int64(2, ElementFloat)
            .Each(values, (tensor, value) => tensor.Float(4, value))
            .String(8, name);

    /// <summary>A tensor value description; a string dimension is symbolic (dim_param), a number fixed (dim_value).</summary>
    public static ProtoMessage TensorValue(string name, int elementType, params object[] dimensions)
    {
        var shape = new ProtoMessage().Each(dimensions, (s, dimension) => s.Message(1, dimension is string symbol
            ? new ProtoMessage().String(2, symbol)
            : new ProtoMessage().Int64(1, Convert.ToInt64(dimension, System.Globalization.CultureInfo.InvariantCulture))));
        var tensorType = new ProtoMessage().Int64(1, elementType).Message(2, shape);
        return new ProtoMessage().String(1, name).Message(2, new ProtoMessage().Message(1, tensorType));
    }

    public static ProtoMessage Int(string name, long value) => Attribute(name, AttributeInt).Int64(3, value);

    public static ProtoMessage String(string name, string value) => Attribute(name, AttributeString).String(4, value);

    public static ProtoMessage Floats(string name, params float[] values) =>
        Attribute(name, AttributeFloats).Each(values, (attribute, value) => attribute.Float(7, value));

    public static ProtoMessage Ints(string name, params long[] values) =>
        Attribute(name, AttributeInts).Each(values, (attribute, value) => attribute.Int64(8, value));

    public static ProtoMessage Strings(string name, params string[] values) =>
        Attribute(name, AttributeStrings).Each(values, (attribute, value) => attribute.String(9, value));

    private static ProtoMessage Attribute(string name, int type) => new ProtoMessage().String(1, name).Int64(20, type);
}
