using System.Text.RegularExpressions;

namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowResolver
{
    private static WorkflowVariable[] ResolveEnvironment(
        GitHubActionsAttribute declaration, IReadOnlyList<WorkflowParameter> secrets, List<WorkflowProblem> problems)
    {
        var variables = new List<WorkflowVariable>();
        var taken = secrets.Select(secret => secret.EnvironmentName).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in declaration.Environment)
        {
            var separator = entry.IndexOf('=', StringComparison.Ordinal);
            var name = separator < 0 ? entry : entry[..separator];
            var value = separator < 0 ? "" : entry[(separator + 1)..];
            if (!VariableNamePattern().IsMatch(name) || value.Length == 0)
            {
                problems.Add(new(WorkflowProblemCode.InvalidValue,
                    $"Environment entry '{entry}' is not NAME=value with a name of letters, digits and '_'. "
                    + "Write it like \"REGISTRY_USERNAME=${{ github.actor }}\"."));
            }
            else if (!taken.Add(name))
            {
                problems.Add(new(WorkflowProblemCode.InvalidValue,
                    $"Environment entry '{entry}' sets {name}, which an imported secret or another entry already sets. "
                    + "Keep one of them."));
            }
            else
            {
                variables.Add(new WorkflowVariable(name, value));
            }
        }

        return [.. variables];
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableNamePattern();
}
