namespace MlPipeline.Build.Targets;

/// <summary>The raw relations of one target, as declared; resolved to names by <see cref="TargetRegistry"/>.</summary>
internal sealed class TargetRelations
{
    public List<Target> DependsOn { get; } = [];

    public List<Target> DependentFor { get; } = [];

    public List<Target> After { get; } = [];

    public List<Target> Before { get; } = [];

    public List<Target> Triggers { get; } = [];

    public List<Target> TriggeredBy { get; } = [];
}
