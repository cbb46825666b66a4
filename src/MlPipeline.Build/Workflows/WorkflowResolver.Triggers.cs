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
        if (declaration.OnPushPaths.Length > 0 && declaration.OnPushBranches.Length == 0)
        {
            problems.Add(new(WorkflowProblemCode.InvalidBranch,
                "OnPushPaths filters pushes, but OnPushBranches is empty, so no push triggers the workflow. "
                + "Add the branches, e.g. OnPushBranches = [\"main\"]."));
        }

        if (declaration.OnPushPaths.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add(new(WorkflowProblemCode.InvalidBranch,
                "OnPushPaths contains an empty path. Remove it, or name a file or glob such as 'models/**'."));
        }
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
