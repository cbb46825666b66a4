using MlPipeline.Build.Parameters;
using MlPipeline.Build.Planning;

namespace MlPipeline.Build.Execution;

/// <summary>Checks every requirement and preflight check of every target that will run, before any runs, and reports them all at once.</summary>
internal static class RequirementCheck
{
    public static void ThrowIfUnmet(ExecutionPlan plan, ParameterSet parameters)
    {
        var running = plan.Targets.Where(t => t.SkipReason is null).ToList();
        var problems = running
            .SelectMany(t => t.Node.Definition.Requirements.Where(r => !Holds(r.Holds)).Select(r => Describe(t.Name, r.Text, parameters)))
            .Concat(running.SelectMany(t => t.Node.Definition.Preflights.Select(check => Failure(t.Name, check)).OfType<string>()))
            .ToList();
        if (problems.Count > 0)
        {
            throw new BuildConfigurationException(string.Join(Environment.NewLine, problems));
        }
    }

    private static bool Holds(Func<bool> requirement)
    {
        try
        {
            return requirement();
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static string? Failure(string target, Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (Exception exception)
        {
            return $"Target '{target}': {exception.Message}";
        }
    }

    private static string Describe(string target, string text, ParameterSet parameters) => parameters.Find(text) is { } parameter
        ? $"Target '{target}' requires parameter '{parameter.Descriptor.Name}', which is not set. Pass {parameter.Descriptor.Option} <{parameter.Descriptor.TypeName}>, set {parameter.Descriptor.EnvironmentVariable}, or add \"{parameter.Descriptor.Name}\" to .nuke/parameters.json."
        : $"Target '{target}' requires `{text}`, which does not hold.";
}
