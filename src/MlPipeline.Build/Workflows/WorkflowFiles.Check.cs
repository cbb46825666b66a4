namespace MlPipeline.Build.Workflows;

internal sealed partial class WorkflowFiles
{
    /// <summary>Compares the files on disk with the generated ones; changes nothing.</summary>
    public async Task<WorkflowCheckResult> CheckAsync(CancellationToken cancellationToken)
    {
        var problems = new List<WorkflowFileProblem>();
        foreach (var workflow in _workflows)
        {
            var path = FullPath(FileName(workflow));
            if (!File.Exists(path))
            {
                problems.Add(new(workflow.RelativePath, WorkflowFileState.Missing, ""));
                continue;
            }

            var committed = await ReadAsync(path, cancellationToken);
            if (committed != workflow.Content)
            {
                problems.Add(new(workflow.RelativePath, WorkflowFileState.Stale, LineDiff.Describe(committed, workflow.Content)));
            }
        }

        foreach (var fileName in await OrphanedFileNamesAsync(cancellationToken))
        {
            problems.Add(new(RelativePath(fileName), WorkflowFileState.Orphaned, ""));
        }

        return new WorkflowCheckResult(problems);
    }
}
