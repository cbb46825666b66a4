namespace MlPipeline.Build.Workflows.Yaml;

internal sealed class YamlScalar(string value, YamlScalarStyle style) : YamlNode
{
    public string Value { get; } = value;

    public YamlScalarStyle Style { get; } = style;

    /// <summary>A literal block of the given lines, each ending with a newline.</summary>
    public static YamlScalar Lines(IEnumerable<string> lines) =>
        new(string.Concat(lines.Select(line => line + "\n")), YamlScalarStyle.Literal);
}
