namespace MlPipeline.Build.Parameters;

/// <summary>Where a parameter's value came from, in precedence order (first wins).</summary>
internal enum ParameterSourceKind
{
    CommandLine,
    Environment,
    Profile,
    ParametersFile,
    Default,
}

/// <summary>A value source with the place a user would look for it ("environment variable MAX_ROUNDS").</summary>
internal sealed record ParameterSource(ParameterSourceKind Kind, string Location)
{
    public static readonly ParameterSource Default = new(ParameterSourceKind.Default, "default");

    public static readonly ParameterSource CommandLine = new(ParameterSourceKind.CommandLine, "command line");

    public override string ToString() => Location;
}
