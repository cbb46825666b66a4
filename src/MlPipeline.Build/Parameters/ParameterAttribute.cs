namespace MlPipeline.Build;

/// <summary>
/// Marks a field or property of the build (or of a component interface) as a build parameter, set from the
/// command line (<c>--max-rounds 300</c>), the environment (<c>MAX_ROUNDS</c>), a profile
/// (<c>.nuke/parameters.&lt;profile&gt;.json</c>) or <c>.nuke/parameters.json</c>, in that precedence.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string description) : Attribute
{
    /// <summary>Shown by <c>--help</c> and written to <c>.nuke/build.schema.json</c>.</summary>
    public string Description { get; } = description;
}
