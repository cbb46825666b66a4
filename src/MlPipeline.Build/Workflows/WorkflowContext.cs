namespace MlPipeline.Build.Workflows;

/// <summary>What workflow generation needs to know about the build.</summary>
/// <param name="ArtifactPaths">
/// Given the invoked targets, the repository-relative paths ('/' separators) of the declared outputs of every
/// target that runs.
/// </param>
internal sealed record WorkflowContext(
    IReadOnlyList<WorkflowParameter> Parameters,
    IReadOnlyList<string> TargetNames,
    Func<IReadOnlyList<string>, IReadOnlyList<string>> ArtifactPaths);
