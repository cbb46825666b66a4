using System.Reflection;
using MlPipeline.Build.Cli;

namespace MlPipeline.Build.Parameters;

/// <summary>Finds the parameters of a build class, its base classes and its component interfaces.</summary>
internal static class ParameterDiscovery
{
    private const BindingFlags Members = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static IReadOnlyList<ParameterDescriptor> Discover(Type buildType)
    {
        var types = new List<Type>();
        for (var type = buildType; type is not null && type != typeof(PipelineBuild) && type != typeof(object); type = type.BaseType)
        {
            types.Insert(0, type);
        }

        // The build's own parameters first, then its components', then the ones every build has.
        types.AddRange(buildType.GetInterfaces());
        types.Add(typeof(PipelineBuild));

        var parameters = new Dictionary<string, ParameterDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in types.SelectMany(t => t.GetMembers(Members).OrderBy(m => m.MetadataToken)))
        {
            if (member.GetCustomAttribute<ParameterAttribute>() is not { } attribute || member.Name.Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            var descriptor = new ParameterDescriptor(
                member.Name,
                attribute.Description,
                member is FieldInfo fieldInfo ? fieldInfo.FieldType : ((PropertyInfo)member).PropertyType,
                member.GetCustomAttribute<SecretAttribute>() is not null,
                member);
            Validate(descriptor);
            if (parameters.TryGetValue(descriptor.Name, out var earlier))
            {
                if (earlier.ValueType != descriptor.ValueType)
                {
                    throw new BuildConfigurationException(
                        $"Parameter '{descriptor.Name}' is declared twice with different types ({earlier.Member.DeclaringType?.Name}: {earlier.TypeName}, {member.DeclaringType?.Name}: {descriptor.TypeName}). Rename one of them.");
                }

                // A class member implementing a component's parameter: the class declaration is the one to assign.
                continue;
            }

            parameters[descriptor.Name] = descriptor;
        }

        return parameters.Values.ToList();
    }

    private static void Validate(ParameterDescriptor descriptor)
    {
        if (!ParameterTypes.IsSupported(descriptor.ValueType))
        {
            throw new BuildConfigurationException(
                $"Parameter '{descriptor.Name}' in {descriptor.Member.DeclaringType?.Name} has type {descriptor.ValueType.Name}, which the engine cannot convert. Use string, int, long, double, bool, TimeSpan, an enum, AbsolutePath, or an array of one of them.");
        }

        if (BuiltInOptions.IsReserved(descriptor.Name))
        {
            throw new BuildConfigurationException(
                $"Parameter '{descriptor.Name}' in {descriptor.Member.DeclaringType?.Name} clashes with the built-in option --{Naming.NameStyle.Kebab(descriptor.Name)}. Rename it.");
        }
    }
}
