namespace MlPipeline.Build.Targets;

internal sealed partial class TargetDefinition
{
    public ITargetDefinition DependsOn(params Target[] targets) => Add(Relations.DependsOn, targets);

    public ITargetDefinition DependsOn<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.DependsOn, Component(targets));

    public ITargetDefinition TryDependsOn<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.DependsOn, TryComponent(targets));

    public ITargetDefinition DependentFor(params Target[] targets) => Add(Relations.DependentFor, targets);

    public ITargetDefinition DependentFor<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.DependentFor, Component(targets));

    public ITargetDefinition TryDependentFor<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.DependentFor, TryComponent(targets));

    public ITargetDefinition After(params Target[] targets) => Add(Relations.After, targets);

    public ITargetDefinition After<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.After, Component(targets));

    public ITargetDefinition TryAfter<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.After, TryComponent(targets));

    public ITargetDefinition Before(params Target[] targets) => Add(Relations.Before, targets);

    public ITargetDefinition Before<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.Before, Component(targets));

    public ITargetDefinition TryBefore<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.Before, TryComponent(targets));

    public ITargetDefinition Triggers(params Target[] targets) => Add(Relations.Triggers, targets);

    public ITargetDefinition Triggers<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.Triggers, Component(targets));

    public ITargetDefinition TryTriggers<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.Triggers, TryComponent(targets));

    public ITargetDefinition TriggeredBy(params Target[] targets) => Add(Relations.TriggeredBy, targets);

    public ITargetDefinition TriggeredBy<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.TriggeredBy, Component(targets));

    public ITargetDefinition TryTriggeredBy<TComponent>(params Func<TComponent, Target>[] targets) => Add(Relations.TriggeredBy, TryComponent(targets));

    private TargetDefinition Add(List<Target> relation, IEnumerable<Target> targets)
    {
        relation.AddRange(targets);
        return this;
    }

    private IEnumerable<Target> Component<TComponent>(Func<TComponent, Target>[] targets)
    {
        if (_build is not TComponent component)
        {
            throw new BuildConfigurationException(
                $"Target '{Name}' refers to a target of component {typeof(TComponent).Name}, but the build class {_build.GetType().Name} does not implement it. " +
                $"Add {typeof(TComponent).Name} to the build class, or use the Try form (e.g. TryDependsOn) to apply the relation only when it is there.");
        }

        return targets.Select(select => select(component));
    }

    private IEnumerable<Target> TryComponent<TComponent>(Func<TComponent, Target>[] targets)
        => _build is TComponent component ? targets.Select(select => select(component)) : [];
}
