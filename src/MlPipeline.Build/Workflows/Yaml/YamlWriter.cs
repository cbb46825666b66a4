using System.Text;

namespace MlPipeline.Build.Workflows.Yaml;

/// <summary>
/// Writes block-style YAML the way GitHub's documentation does: two-space indentation, sequences indented under
/// their key, LF line endings.
/// </summary>
internal static class YamlWriter
{
    private const int Indentation = 2;

    public static string Write(YamlMapping document)
    {
        var text = new StringBuilder();
        WriteMapping(text, document, indent: 0, continuesLine: false);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, YamlMapping mapping, int indent, bool continuesLine)
    {
        foreach (var (key, value) in mapping)
        {
            if (!continuesLine)
            {
                text.Append(' ', indent);
            }

            continuesLine = false;
            text.Append(YamlScalarFormat.Key(key)).Append(':');
            WriteValue(text, value, indent);
        }
    }

    private static void WriteSequence(StringBuilder text, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence)
        {
            text.Append(' ', indent).Append('-');
            if (item is YamlMapping { Count: > 0 } mapping)
            {
                // "- key: value" with the following keys aligned under the first one.
                text.Append(' ');
                WriteMapping(text, mapping, indent + Indentation, continuesLine: true);
            }
            else
            {
                WriteValue(text, item, indent);
            }
        }
    }

    /// <summary>Writes what follows "key:" or "-": the rest of the line and any nested block.</summary>
    private static void WriteValue(StringBuilder text, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar { Style: YamlScalarStyle.Literal } scalar when YamlScalarFormat.FitsLiteralBlock(scalar.Value):
                WriteLiteral(text, scalar.Value, indent + Indentation);
                break;
            case YamlScalar { Style: YamlScalarStyle.Plain } scalar:
                text.Append(' ').Append(scalar.Value).Append('\n');
                break;
            case YamlScalar scalar:
                text.Append(' ').Append(YamlScalarFormat.Value(scalar.Value)).Append('\n');
                break;
            case YamlMapping { Count: 0 }:
                text.Append(" {}\n");
                break;
            case YamlMapping mapping:
                text.Append('\n');
                WriteMapping(text, mapping, indent + Indentation, continuesLine: false);
                break;
            case YamlSequence { Count: 0 }:
                text.Append(" []\n");
                break;
            case YamlSequence sequence:
                text.Append('\n');
                WriteSequence(text, sequence, indent + Indentation);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType(), "Unknown YAML node type.");
        }
    }

    private static void WriteLiteral(StringBuilder text, string value, int indent)
    {
        // "|" keeps exactly one final newline, "|-" none.
        var endsWithNewline = value.EndsWith('\n');
        text.Append(endsWithNewline ? " |\n" : " |-\n");
        foreach (var line in (endsWithNewline ? value[..^1] : value).Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', indent).Append(line);
            }

            text.Append('\n');
        }
    }
}
