namespace MlPipeline.Build.Workflows;

internal static partial class WorkflowResolver
{
    private static void CheckTriggers(GitHubActionsAttribute declaration, List<WorkflowProblem> problems)
    {
        if (declaration is { OnPushBranches: [], OnPullRequestBranches: [], OnCronSchedules: [],
                OnWorkflowDispatchInputs: [], OnWorkflowDispatch: false })
        {
            problems.Add(new(WorkflowProblemCode.NoTrigger,
                "The workflow has no trigger, so it would never run. Set at least one of OnPushBranches, "
                + "OnPullRequestBranches, OnCronSchedules, OnWorkflowDispatchInputs or OnWorkflowDispatch = true."));
        }

        foreach (var cron in declaration.OnCronSchedules)
        {
            if (CronSchedule.Problem(cron) is { } problem)
            {
                problems.Add(new(WorkflowProblemCode.InvalidCron, $"Cron '{cron}' in OnCronSchedules {problem}."));
            }
        }

        CheckBranches(nameof(declaration.OnPushBranches), declaration.OnPushBranches, problems);
        CheckBranches(nameof(declaration.OnPullRequestBranches), declaration.OnPullRequestBranches, problems);
    }

    private static void CheckBranches(string property, string[] branches, List<WorkflowProblem> problems)
    {
        if (branches.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(new(WorkflowProblemCode.InvalidBranch,
                $"{property} contains an empty branch name. Remove it, or use '**' for every branch."));
        }
    }
}
