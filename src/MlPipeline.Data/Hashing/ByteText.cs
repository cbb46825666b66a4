namespace MlPipeline.Data.Hashing;

/// <summary>
/// A growable run of UTF-8 bytes that text is appended to; cheaper than an <see cref="System.Buffers.IBufferWriter{T}"/>
/// for the many short appends a row's text is made of.
/// </summary>
internal sealed class ByteText
{
    private byte[] _bytes = new byte[1 << 16];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(ReadOnlySpan<byte> text)
    {
        if (Length + text.Length > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + text.Length));
        text.CopyTo(_bytes.AsSpan(Length));
        Length += text.Length;
    }
}
