namespace MlPipeline.Build.Targets;

/// <summary>A target with its relations resolved to names, each inverse relation folded into the direct one.</summary>
internal sealed record TargetNode(
    TargetDefinition Definition,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> OrderedAfter,
    IReadOnlyList<string> TriggeredBy)
{
    public string Name => Definition.Name;
}
