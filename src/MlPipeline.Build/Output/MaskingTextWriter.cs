using System.Text;

namespace MlPipeline.Build.Output;

/// <summary>
/// Masks secrets in everything written through it. Text is held until a line ends (or the writer is flushed),
/// because a secret can arrive split over several Write calls.
/// </summary>
internal sealed class MaskingTextWriter(TextWriter inner, SecretMasker masker) : TextWriter
{
    private readonly StringBuilder _line = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_line)
        {
            _line.Append(value);
            if (value == '\n')
            {
                Emit();
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_line)
        {
            _line.Append(value);
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                var text = _line.ToString();
                var end = text.LastIndexOf('\n') + 1;
                inner.Write(masker.Apply(text[..end]));
                _line.Clear().Append(text, end, text.Length - end);
            }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        lock (_line)
        {
            Emit();
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Emit()
    {
        if (_line.Length > 0)
        {
            inner.Write(masker.Apply(_line.ToString()));
            _line.Clear();
        }
    }
}
