using MlPipeline.Build.Targets;

namespace MlPipeline.Build.Planning;

/// <summary>A target in the execution order, with what was decided about it before anything runs.</summary>
/// <param name="SkipReason">Set when the target is skipped by --skip, a static condition or a skipped dependent.</param>
/// <param name="TriggeredVia">
/// When the target is in the plan only because of a trigger, directly or as a dependency of a triggered target: the targets
/// whose triggers bring it in. It runs only when one of those ran. Empty for a target the requested targets need.
/// </param>
internal sealed record PlannedTarget(TargetNode Node, bool IsRequested, bool IsForced, IReadOnlyList<string> TriggeredVia, string? SkipReason)
{
    public string Name => Node.Name;

    public bool IsTriggeredOnly => TriggeredVia.Count > 0;
}
