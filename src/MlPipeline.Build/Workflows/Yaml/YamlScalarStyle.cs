namespace MlPipeline.Build.Workflows.Yaml;

internal enum YamlScalarStyle
{
    /// <summary>A string: written plain when YAML reads it back as the same string, quoted otherwise.</summary>
    Auto,

    /// <summary>Written as is; for booleans and numbers, whose plain form is what makes them typed.</summary>
    Plain,

    /// <summary>A multi-line string written as a literal block (<c>|</c>), one line per line.</summary>
    Literal,
}
