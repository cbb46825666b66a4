namespace MlPipeline.Build.Planning;

/// <summary>The targets to consider, in the deterministic order they run.</summary>
internal sealed record ExecutionPlan(IReadOnlyList<PlannedTarget> Targets);
