namespace MlPipeline.Build.Workflows;

/// <param name="RelativePath">Relative to the repository root, with '/' separators.</param>
/// <param name="Details">For a stale file, the changed lines; otherwise empty.</param>
internal sealed record WorkflowFileProblem(string RelativePath, WorkflowFileState State, string Details);
