namespace MlPipeline.Build.Parameters;

/// <summary>A parameter and the value the build will see; <see cref="Value"/> is null when the default applies.</summary>
internal sealed record ResolvedParameter(ParameterDescriptor Descriptor, object? Value, ParameterSource Source)
{
    public bool IsSet => Source.Kind != ParameterSourceKind.Default;
}
