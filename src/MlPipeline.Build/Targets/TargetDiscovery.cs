using System.Reflection;

namespace MlPipeline.Build.Targets;

/// <summary>
/// Finds the <see cref="Target"/> properties of a build class and of the component interfaces it implements,
/// evaluates each once, and resolves the relations between them.
/// </summary>
internal static class TargetDiscovery
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TargetGraph Discover(object build)
    {
        var definitions = new List<TargetDefinition>();
        var nameByMethod = new Dictionary<MethodInfo, string>();
        var declaringTypeByName = new Dictionary<string, Type>(StringComparer.Ordinal);

        foreach (var property in TargetProperties(build.GetType()))
        {
            var target = (Target?)property.GetValue(build)
                ?? throw new BuildConfigurationException($"Target property {property.DeclaringType?.Name}.{property.Name} returned null; it must return a target definition (`_ => _.Executes(...)`).");
            if (declaringTypeByName.TryGetValue(property.Name, out var earlier))
            {
                if (nameByMethod.TryGetValue(target.Method, out var known) && known == property.Name)
                {
                    continue; // the same target seen through a class member and the interface it implements
                }

                throw new BuildConfigurationException(
                    $"Two targets are named '{property.Name}': one in {earlier.Name}, one in {property.DeclaringType?.Name}. Rename one, or implement the interface member explicitly.");
            }

            declaringTypeByName[property.Name] = property.DeclaringType!;
            var definition = new TargetDefinition(property.Name, build);
            target(definition);
            definitions.Add(definition);
            nameByMethod[target.Method] = property.Name;
        }

        return new TargetGraph(Resolve(definitions, nameByMethod), nameByMethod);
    }

    private static IEnumerable<PropertyInfo> TargetProperties(Type buildType)
    {
        var classChain = new List<Type>();
        for (var type = buildType; type is not null && type != typeof(PipelineBuild) && type != typeof(object); type = type.BaseType)
        {
            classChain.Insert(0, type);
        }

        // The build's own targets first, then its components', then the ones every build has.
        var ownProperties = classChain.SelectMany(DeclaredTargets);
        var componentProperties = buildType.GetInterfaces().SelectMany(DeclaredTargets);
        var builtInProperties = DeclaredTargets(typeof(PipelineBuild));

        // Explicit implementations carry the interface name ("ITrain.Train"); they are reached through the interface property.
        return ownProperties.Concat(componentProperties).Concat(builtInProperties).Where(p => !p.Name.Contains('.', StringComparison.Ordinal));
    }

    private static IEnumerable<PropertyInfo> DeclaredTargets(Type type)
        => type.GetProperties(Members).Where(p => p.PropertyType == typeof(Target) && p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken);

    private static List<TargetNode> Resolve(List<TargetDefinition> definitions, Dictionary<MethodInfo, string> nameByMethod)
    {
        string NameOf(Target target, TargetDefinition referrer) => nameByMethod.TryGetValue(target.Method, out var name)
            ? name
            : throw new BuildConfigurationException(
                $"Target '{referrer.Name}' refers to a target that is not a Target property of the build or its components. Declare it as a property: `Target Name => _ => _...`.");

        List<string> Names(IEnumerable<Target> targets, TargetDefinition referrer) => targets.Select(t => NameOf(t, referrer)).Distinct().ToList();

        List<string> Inverse(Func<TargetRelations, List<Target>> relation, string name)
            => definitions.Where(d => Names(relation(d.Relations), d).Contains(name)).Select(d => d.Name).ToList();

        return definitions.Select(d => new TargetNode(
                d,
                Names(d.Relations.DependsOn, d).Concat(Inverse(r => r.DependentFor, d.Name)).Distinct().ToList(),
                Names(d.Relations.After, d).Concat(Inverse(r => r.Before, d.Name)).Distinct().ToList(),
                Names(d.Relations.TriggeredBy, d).Concat(Inverse(r => r.Triggers, d.Name)).Distinct().ToList()))
            .ToList();
    }
}
