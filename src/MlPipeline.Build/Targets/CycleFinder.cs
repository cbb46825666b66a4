namespace MlPipeline.Build.Targets;

/// <summary>Rejects a graph in which any relation (dependency, ordering, trigger) loops back.</summary>
internal static class CycleFinder
{
    public static void ThrowIfCyclic(TargetGraph graph)
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the current path, true: done
        var path = new List<string>();
        foreach (var node in graph.Nodes)
        {
            Visit(graph, node.Name, state, path);
        }
    }

    /// <summary>Every name that must run before <paramref name="node"/> when both run.</summary>
    public static IEnumerable<string> Predecessors(TargetNode node) => node.DependsOn.Concat(node.OrderedAfter).Concat(node.TriggeredBy);

    private static void Visit(TargetGraph graph, string name, Dictionary<string, bool> state, List<string> path)
    {
        if (state.TryGetValue(name, out var done))
        {
            if (!done)
            {
                var cycle = path.Skip(path.IndexOf(name)).Append(name);
                throw new BuildConfigurationException(
                    $"Circular dependency between targets: {string.Join(" -> ", cycle)}. Remove one of the DependsOn/After/Before/Triggers relations on this path.");
            }

            return;
        }

        state[name] = false;
        path.Add(name);
        foreach (var predecessor in Predecessors(graph[name]))
        {
            Visit(graph, predecessor, state, path);
        }

        path.RemoveAt(path.Count - 1);
        state[name] = true;
    }
}
