using MlPipeline.Build.Targets;

namespace MlPipeline.Build.Planning;

/// <summary>A target in the execution order, with what was decided about it before anything runs.</summary>
/// <param name="SkipReason">Set when the target is skipped by --skip, a static condition or a skipped dependent.</param>
/// <param name="IsTriggeredOnly">In the plan only because another target triggers it: runs only when one of those ran.</param>
internal sealed record PlannedTarget(TargetNode Node, bool IsRequested, bool IsForced, bool IsTriggeredOnly, string? SkipReason)
{
    public string Name => Node.Name;
}
