namespace MlPipeline.Build.Workflows;

/// <summary>
/// A <see cref="GitHubActionsAttribute"/> declaration cannot be turned into a workflow. Lists every problem found,
/// so that one run is enough to fix them all.
/// </summary>
internal sealed class WorkflowDefinitionException(string workflowName, IReadOnlyList<WorkflowProblem> problems)
    : Exception(Describe(workflowName, problems))
{
    /// <summary>The name of the declaration at fault, as written in <c>[GitHubActions("name")]</c>.</summary>
    public string WorkflowName { get; } = workflowName;

    /// <summary>The problems, at least one.</summary>
    public IReadOnlyList<WorkflowProblem> Problems { get; } = problems;

    private static string Describe(string workflowName, IReadOnlyList<WorkflowProblem> problems) =>
        $"[GitHubActions(\"{workflowName}\")] on the build class is invalid:"
        + string.Concat(problems.Select(problem => $"{Environment.NewLine}  - {problem.Message}"));
}
