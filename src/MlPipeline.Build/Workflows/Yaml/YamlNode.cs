using System.Globalization;

namespace MlPipeline.Build.Workflows.Yaml;

/// <summary>
/// A node of the small YAML document model the workflow generator builds. The implicit conversions keep the
/// generator declarative: <c>{ "timeout-minutes", 60 }</c>.
/// </summary>
internal abstract class YamlNode
{
    public static implicit operator YamlNode(string value) => new YamlScalar(value, YamlScalarStyle.Auto);

    public static implicit operator YamlNode(bool value) => new YamlScalar(value ? "true" : "false", YamlScalarStyle.Plain);

    public static implicit operator YamlNode(int value) =>
        new YamlScalar(value.ToString(CultureInfo.InvariantCulture), YamlScalarStyle.Plain);
}
