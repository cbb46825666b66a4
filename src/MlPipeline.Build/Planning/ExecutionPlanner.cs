using MlPipeline.Build.Cli;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build.Planning;

/// <summary>
/// Turns the requested targets into an ordered plan: the requested targets, what they depend on and what they
/// trigger; ordered depth-first from the requested targets in the order given, so the same invocation always
/// runs in the same order. Applies --skip, --force and static conditions. A target that only a trigger brings into the
/// plan, and what it depends on that nothing else needs, runs after the triggering target and only when that one ran.
/// </summary>
internal static class ExecutionPlanner
{
    public static ExecutionPlan Create(TargetGraph graph, BuildInvocation invocation, string defaultTarget)
    {
        var requested = (invocation.Targets.Count > 0 ? invocation.Targets : [defaultTarget])
            .Select(t => graph.Find(t).Name).Distinct().ToList();

        var required = graph.Closure(requested, includeTriggers: false);
        var members = graph.Closure(requested, includeTriggers: true);
        var triggeredVia = TriggeredVia(graph, members, required);
        var order = Order(graph, requested, members, triggeredVia);
        var skipped = SkipReasons(graph, invocation, requested, members);
        var forced = invocation.Force switch
        {
            null => [],
            [] => members,
            var names => names.Select(n => graph.Find(n).Name).ToHashSet(StringComparer.Ordinal),
        };

        return new ExecutionPlan(order.Select(name => new PlannedTarget(
            graph[name],
            requested.Contains(name),
            forced.Contains(name),
            triggeredVia.TryGetValue(name, out var via) ? [.. via] : [],
            skipped.GetValueOrDefault(name))).ToList());
    }

    /// <summary>
    /// For each target in the plan that the requested targets do not need: the triggering targets that bring it in, its
    /// own and, transitively, those of the triggered targets that depend on it. A trigger whose target itself depends on
    /// the dependency is left out, since the dependency must run before it.
    /// </summary>
    private static Dictionary<string, SortedSet<string>> TriggeredVia(TargetGraph graph, HashSet<string> members, HashSet<string> required)
    {
        var via = members.Where(m => !required.Contains(m))
            .ToDictionary(m => m, m => new SortedSet<string>(graph[m].TriggeredBy.Where(members.Contains), StringComparer.Ordinal), StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var (name, sources) in via)
            {
                foreach (var dependency in graph[name].DependsOn.Where(via.ContainsKey))
                {
                    foreach (var source in sources.ToList().Where(s => !graph.Closure([s], includeTriggers: false).Contains(dependency)))
                    {
                        changed |= via[dependency].Add(source);
                    }
                }
            }
        }
        while (changed);
        return via;
    }

    private static List<string> Order(TargetGraph graph, List<string> requested, HashSet<string> members, Dictionary<string, SortedSet<string>> triggeredVia)
    {
        var order = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string name)
        {
            if (!visited.Add(name))
            {
                return;
            }

            var triggers = triggeredVia.TryGetValue(name, out var via) ? via : [];
            foreach (var predecessor in CycleFinder.Predecessors(graph[name]).Concat(triggers).Where(members.Contains))
            {
                Visit(predecessor);
            }

            order.Add(name);
        }

        foreach (var name in requested.Concat(graph.Nodes.Select(n => n.Name).Where(members.Contains)))
        {
            Visit(name);
        }

        return order;
    }

    private static Dictionary<string, string> SkipReasons(TargetGraph graph, BuildInvocation invocation, List<string> requested, HashSet<string> members)
    {
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        if (invocation.Skip is { } skip)
        {
            var names = skip.Count == 0 ? members.Where(m => !requested.Contains(m)) : skip.Select(s => graph.Find(s).Name).Where(members.Contains);
            foreach (var name in names)
            {
                reasons[name] = "--skip";
            }
        }

        foreach (var name in members.Where(m => !reasons.ContainsKey(m)))
        {
            var failing = graph[name].Definition.StaticConditions.FirstOrDefault(c => !Evaluate(name, c));
            if (failing is not null)
            {
                reasons[name] = $"condition `{failing.Text}` is false";
            }
        }

        PropagateToDependencies(graph, requested, members, reasons);
        return reasons;
    }

    /// <summary>A target skipped with <see cref="DependencyBehavior.Skip"/> takes along the dependencies nothing else needs.</summary>
    private static void PropagateToDependencies(TargetGraph graph, List<string> requested, HashSet<string> members, Dictionary<string, string> reasons)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var skipped in reasons.Keys.ToList().Where(n => graph[n].Definition.SkipBehavior == DependencyBehavior.Skip))
            {
                foreach (var dependency in graph[skipped].DependsOn)
                {
                    var neededElsewhere = members.Any(m => !reasons.ContainsKey(m) && graph[m].DependsOn.Contains(dependency));
                    if (!requested.Contains(dependency) && !reasons.ContainsKey(dependency) && !neededElsewhere)
                    {
                        reasons[dependency] = $"{skipped} is skipped";
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }

    private static bool Evaluate(string target, TargetCondition condition)
    {
        try
        {
            return condition.Holds();
        }
        catch (Exception exception)
        {
            throw new BuildConfigurationException($"The static condition `{condition.Text}` of target '{target}' threw {exception.GetType().Name}: {exception.Message}");
        }
    }
}
