using MlPipeline.Build.Output;
using MlPipeline.Build.Parameters;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build.Cli;

/// <summary>Writes <c>--help</c>: targets with descriptions and dependencies, options, and every parameter with its source.</summary>
internal static class HelpWriter
{
    public static void Write(TextWriter output, TargetGraph graph, ParameterSet parameters, object build, string defaultTarget, AbsolutePath root)
    {
        output.WriteLine("Usage: ./build.sh [targets] [options] [--parameter value ...]");
        output.WriteLine();
        output.WriteLine("Targets:");
        var listed = graph.Nodes.Where(n => !n.Definition.IsUnlisted).ToList();
        var nameWidth = listed.Select(n => n.Name.Length + (n.Name == defaultTarget ? " (default)".Length : 0)).DefaultIfEmpty(0).Max() + 4;
        foreach (var node in listed)
        {
            var name = node.Name == defaultTarget ? $"{node.Name} (default)" : node.Name;
            var dependencies = node.DependsOn.Count > 0 ? $" [depends on: {string.Join(", ", node.DependsOn)}]" : string.Empty;
            output.WriteLine($"  {name.PadRight(nameWidth)}{node.Definition.DescriptionText}{dependencies}".TrimEnd());
        }

        output.WriteLine();
        output.WriteLine("Options:");
        foreach (var (_, usage, description) in BuiltInOptions.All)
        {
            output.WriteLine($"  {usage,-26}{description}");
        }

        output.WriteLine();
        output.WriteLine("Parameters (command line > environment > profile > .nuke/parameters.json > default):");
        foreach (var resolved in parameters.All)
        {
            var parameter = resolved.Descriptor;
            var current = parameter.Read(build);
            output.WriteLine($"  {parameter.Option} <{parameter.TypeName}>");
            output.WriteLine($"      {parameter.Description}");
            var value = parameter.IsSecret ? (resolved.IsSet ? "(secret, set)" : "(secret, not set)") : ValueText.Format(current, root);
            var defaultValue = parameter.IsSecret ? string.Empty : $"; default {ValueText.Format(parameters.DefaultOf(parameter.Name), root)}";
            output.WriteLine($"      now {value} from {resolved.Source}{defaultValue}; env {parameter.EnvironmentVariable}");
        }
    }
}
