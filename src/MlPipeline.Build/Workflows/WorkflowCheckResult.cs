using System.Text;

namespace MlPipeline.Build.Workflows;

/// <summary>What <see cref="WorkflowFiles.CheckAsync"/> found; <see cref="Summary"/> is meant for the console.</summary>
internal sealed record WorkflowCheckResult(IReadOnlyList<WorkflowFileProblem> Problems)
{
    public bool IsUpToDate => Problems.Count == 0;

    public string Summary => IsUpToDate ? "The workflow files are up to date." : DescribeProblems();

    private string DescribeProblems()
    {
        var text = new StringBuilder()
            .Append(Problems.Count).Append(" workflow file(s) differ from the [GitHubActions] declarations of the build:\n");
        foreach (var problem in Problems)
        {
            text.Append("  ").Append(problem.RelativePath).Append(problem.State switch
            {
                WorkflowFileState.Missing => " is missing.",
                WorkflowFileState.Stale => " is stale (- committed, + generated):",
                _ => " was generated for a declaration that no longer exists.",
            }).Append('\n');
            foreach (var line in problem.Details.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                text.Append("    ").Append(line).Append('\n');
            }
        }

        return text.Append("Run `./build.sh GenerateWorkflows` and commit the changes.").ToString();
    }
}
