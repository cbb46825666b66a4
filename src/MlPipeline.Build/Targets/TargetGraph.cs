using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Targets;

/// <summary>All targets of a build in declaration order, with resolved relations.</summary>
internal sealed class TargetGraph
{
    private readonly Dictionary<string, TargetNode> _byName;

    private readonly IReadOnlyDictionary<System.Reflection.MethodInfo, string> _nameByMethod;

    public TargetGraph(IReadOnlyList<TargetNode> nodes, IReadOnlyDictionary<System.Reflection.MethodInfo, string> nameByMethod)
    {
        Nodes = nodes;
        _nameByMethod = nameByMethod;
        _byName = nodes.ToDictionary(n => n.Name, StringComparer.Ordinal);
        CycleFinder.ThrowIfCyclic(this);
    }

    public IReadOnlyList<TargetNode> Nodes { get; }

    public TargetNode this[string name] => _byName[name];

    /// <summary>The targets that run after <paramref name="name"/> because it triggers them.</summary>
    public IEnumerable<TargetNode> TriggeredTargetsOf(string name) => Nodes.Where(n => n.TriggeredBy.Contains(name));

    /// <summary>The named targets and everything they depend on (and, optionally, trigger), transitively.</summary>
    public HashSet<string> Closure(IEnumerable<string> names, bool includeTriggers)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(names.Reverse());
        while (pending.TryPop(out var name))
        {
            if (!members.Add(name))
            {
                continue;
            }

            var next = includeTriggers ? this[name].DependsOn.Concat(TriggeredTargetsOf(name).Select(t => t.Name)) : this[name].DependsOn;
            foreach (var other in next)
            {
                pending.Push(other);
            }
        }

        return members;
    }

    /// <summary>The name of a target delegate obtained from a Target property of this build (the default target, or one a target asks about).</summary>
    public string NameOf(Target target) => _nameByMethod.TryGetValue(target.Method, out var name)
        ? name
        : throw new BuildConfigurationException("The default target, or a target passed to IsForced, must be a Target property of the build or of a component it implements.");

    /// <summary>Finds a target by a user-typed name (case- and dash-insensitive).</summary>
    /// <exception cref="BuildConfigurationException">No such target; the message suggests the closest names.</exception>
    public TargetNode Find(string input)
    {
        var match = Nodes.FirstOrDefault(n => NameMatcher.Matches(n.Name, input));
        if (match is not null)
        {
            return match;
        }

        var suggestion = NameMatcher.DidYouMean(input, Nodes.Select(n => n.Name));
        throw new BuildConfigurationException(
            $"Target '{input}' does not exist.{suggestion} Available targets: {string.Join(", ", Nodes.Where(n => !n.Definition.IsUnlisted).Select(n => n.Name))}. Run './build.sh --help' to see them with descriptions.");
    }
}
