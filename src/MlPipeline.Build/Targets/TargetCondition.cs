namespace MlPipeline.Build.Targets;

/// <summary>A condition or requirement with the source text shown when it does not hold.</summary>
internal sealed record TargetCondition(Func<bool> Holds, string Text);
