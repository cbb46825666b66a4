using System.Reflection;
using MlPipeline.Build.Output;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build.Workflows;

/// <summary>The GenerateWorkflows target: writes the declared workflows, or with --check fails when the committed ones are stale.</summary>
internal static class WorkflowGeneration
{
    public static async Task RunAsync(PipelineBuild build, TargetGraph graph, bool check, CancellationToken cancellation)
    {
        var declarations = build.GetType().GetCustomAttributes<GitHubActionsAttribute>().ToList();
        var files = WorkflowFiles.Create(build.RootDirectory, declarations, Context(build, graph));
        if (check)
        {
            var result = await files.CheckAsync(cancellation);
            if (!result.IsUpToDate)
            {
                throw new InvalidOperationException(result.Summary);
            }

            build.Log.Information(result.Summary);
            return;
        }

        var changed = await files.WriteAsync(cancellation);
        build.Log.Information(changed.Count == 0
            ? $"The {declarations.Count} workflow file(s) were already up to date."
            : $"Wrote {string.Join(", ", changed)}.");
    }

    public static WorkflowContext Context(PipelineBuild build, TargetGraph graph)
    {
        var parameters = build.Context.Parameters.All.Select(p => new WorkflowParameter(
            p.Descriptor.Name,
            p.Descriptor.Option[2..],
            p.Descriptor.EnvironmentVariable,
            p.Descriptor.TypeName,
            p.Descriptor.Description,
            p.Descriptor.IsSecret,
            p.Descriptor.IsSecret ? null : ValueText.Format(build.Context.Parameters.DefaultOf(p.Descriptor.Name), build.RootDirectory),
            Parameters.ParameterTypes.ElementType(p.Descriptor.ValueType) is { IsEnum: true } enumType ? Enum.GetNames(enumType) : [])).ToList();

        IReadOnlyList<string> ArtifactPaths(IReadOnlyList<string> invoked) => graph.Closure(invoked.Select(n => graph.Find(n).Name), includeTriggers: true)
            .SelectMany(name => graph[name].Definition.OutputPaths)
            .Select(path => path.RelativeTo(build.RootDirectory))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        return new WorkflowContext(parameters, graph.Nodes.Select(n => n.Name).ToList(), ArtifactPaths);
    }
}
