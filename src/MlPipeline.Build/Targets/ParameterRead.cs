namespace MlPipeline.Build.Targets;

/// <summary>A value that enters a target's fingerprint; <see cref="MemberName"/> links it to a parameter when it is one.</summary>
internal sealed record ParameterRead(string MemberName, Func<object?> Value);
