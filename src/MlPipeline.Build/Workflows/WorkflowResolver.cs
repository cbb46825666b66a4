using System.Text.RegularExpressions;

namespace MlPipeline.Build.Workflows;

/// <summary>
/// Checks a declaration against the build and resolves its names. Collects every problem before throwing, so one
/// run of <c>./build.sh GenerateWorkflows</c> shows them all.
/// </summary>
internal static partial class WorkflowResolver
{
    /// <exception cref="WorkflowDefinitionException">The declaration has at least one problem.</exception>
    public static WorkflowDefinition Resolve(GitHubActionsAttribute declaration, WorkflowContext context)
    {
        var problems = new List<WorkflowProblem>();
        CheckName(declaration, problems);
        CheckTriggers(declaration, problems);
        CheckJob(declaration, problems);
        var targets = ResolveTargets(declaration, context, problems);
        var gather = ResolveGatherTargets(declaration, context, problems);
        var inputs = ResolveDispatchInputs(declaration, context, problems);
        var secrets = ResolveSecrets(declaration, context, problems);
        var permissions = ResolvePermissions(declaration, problems);
        var environment = ResolveEnvironment(declaration, secrets, problems);
        if (problems.Count > 0)
        {
            throw new WorkflowDefinitionException(declaration.Name, problems);
        }

        var outputs = context.ArtifactPaths(targets).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new WorkflowDefinition(declaration, targets, inputs, secrets, environment, permissions, outputs, gather);
    }

    private static void CheckName(GitHubActionsAttribute declaration, List<WorkflowProblem> problems)
    {
        if (!NamePattern().IsMatch(declaration.Name))
        {
            problems.Add(new(WorkflowProblemCode.InvalidName,
                $"Name '{declaration.Name}' cannot be a file name under .github/workflows. "
                + "Use letters, digits, '.', '-' and '_', starting with a letter or digit, e.g. 'nightly'."));
        }
        else if (Path.GetExtension(declaration.Name) is ".yml" or ".yaml")
        {
            problems.Add(new(WorkflowProblemCode.InvalidName,
                $"Name '{declaration.Name}' would become '{declaration.Name}.yml'. "
                + $"Leave out the extension: [GitHubActions(\"{Path.GetFileNameWithoutExtension(declaration.Name)}\")]."));
        }
    }

    private static void CheckJob(GitHubActionsAttribute declaration, List<WorkflowProblem> problems)
    {
        if (declaration.CancelInProgress && declaration.ConcurrencyGroup is null)
        {
            problems.Add(new(WorkflowProblemCode.CancelWithoutConcurrencyGroup,
                "CancelInProgress = true needs a ConcurrencyGroup to know which runs to cancel, "
                + "e.g. ConcurrencyGroup = \"${{ github.workflow }}-${{ github.ref }}\"."));
        }

        if (declaration.TimeoutMinutes <= 0)
        {
            problems.Add(new(WorkflowProblemCode.InvalidTimeout,
                $"TimeoutMinutes = {declaration.TimeoutMinutes} must be positive, e.g. 60."));
        }

        if (declaration.MatrixWorkers is < 0 or > 256)
        {
            problems.Add(new(WorkflowProblemCode.InvalidValue,
                $"MatrixWorkers = {declaration.MatrixWorkers} must be between 0 (one job) and 256 (GitHub's limit per matrix)."));
        }

        CheckNotEmpty(nameof(declaration.RunsOn), declaration.RunsOn, problems);
        CheckNotEmpty(nameof(declaration.DotNetVersion), declaration.DotNetVersion, problems);
        if (declaration.ConcurrencyGroup is not null)
        {
            CheckNotEmpty(nameof(declaration.ConcurrencyGroup), declaration.ConcurrencyGroup, problems);
        }
    }

    private static void CheckNotEmpty(string property, string value, List<WorkflowProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(WorkflowProblemCode.InvalidValue,
                $"{property} is empty. Set it, or leave it out to get the default."));
        }
    }

    private static string[] ResolveTargets(
        GitHubActionsAttribute declaration, WorkflowContext context, List<WorkflowProblem> problems)
    {
        if (declaration.InvokedTargets.Length == 0)
        {
            problems.Add(new(WorkflowProblemCode.NoTargets,
                "InvokedTargets is empty, so the workflow would build nothing. "
                + $"List the targets to run, e.g. InvokedTargets = [\"Train\"]. {NameMatch.Available(context.TargetNames, "targets")}"));
        }

        var targets = new List<string>();
        foreach (var name in declaration.InvokedTargets)
        {
            if (NameMatch.Find(name, context.TargetNames) is { } target)
            {
                targets.Add(target);
            }
            else
            {
                problems.Add(new(WorkflowProblemCode.UnknownTarget,
                    $"Target '{name}' in InvokedTargets does not exist. {NameMatch.Hint(name, context.TargetNames, "targets")}"));
            }
        }

        return [.. targets.Distinct(StringComparer.Ordinal)];
    }

    private static string[] ResolveGatherTargets(
        GitHubActionsAttribute declaration, WorkflowContext context, List<WorkflowProblem> problems)
    {
        if (declaration.GatherTargets.Length > 0 && declaration.MatrixWorkers == 0)
        {
            problems.Add(new(WorkflowProblemCode.InvalidValue,
                "GatherTargets gathers the copies of a matrix, but MatrixWorkers is 0; set MatrixWorkers or remove GatherTargets."));
        }

        var targets = new List<string>();
        foreach (var name in declaration.GatherTargets)
        {
            if (NameMatch.Find(name, context.TargetNames) is { } target)
            {
                targets.Add(target);
            }
            else
            {
                problems.Add(new(WorkflowProblemCode.UnknownTarget,
                    $"Target '{name}' in GatherTargets does not exist. {NameMatch.Hint(name, context.TargetNames, "targets")}"));
            }
        }

        return [.. targets.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex NamePattern();
}
