namespace MlPipeline.Build;

/// <summary>
/// Marks a parameter as secret: its value is never printed, never written to artifacts or fingerprints,
/// and masked in every output line (on GitHub Actions also registered with <c>::add-mask::</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
