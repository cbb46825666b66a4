using Google.Protobuf;

namespace MlPipeline.Onnx.Tests.Runtime;

/// <summary>
/// Writes one protobuf message field by field, so the runtime tests can make ONNX models without the exporter's generated classes
/// (the wire format is the contract; field numbers are onnx.proto's).
/// </summary>
internal sealed class ProtoMessage
{
    private readonly MemoryStream _buffer = new();
    private readonly CodedOutputStream _output;

    public ProtoMessage()
    {
        _output = new CodedOutputStream(_buffer, leaveOpen: true);
    }

    public ProtoMessage Int64(int field, long value)
    {
        _output.WriteTag(field, WireFormat.WireType.Varint);
        _output.WriteInt64(value);
        return this;
    }

    public ProtoMessage Float(int field, float value)
    {
        _output.WriteTag(field, WireFormat.WireType.Fixed32);
        _output.WriteFloat(value);
        return this;
    }

    public ProtoMessage String(int field, string value)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteString(value);
        return this;
    }

    public ProtoMessage Message(int field, ProtoMessage message)
    {
        _output.WriteTag(field, WireFormat.WireType.LengthDelimited);
        _output.WriteBytes(ByteString.CopyFrom(message.ToByteArray()));
        return this;
    }

    /// <summary>Repeated fields written unpacked, one tag per element: onnx.proto is proto2, and parsers accept this form for every repeated scalar.</summary>
    public ProtoMessage Each<T>(IEnumerable<T> values, Func<ProtoMessage, T, ProtoMessage> write) =>
        values.Aggregate(this, write);

    public byte[] ToByteArray()
    {
        _output.Flush();
        return _buffer.ToArray();
    }
}
