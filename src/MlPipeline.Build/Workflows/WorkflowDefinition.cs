namespace MlPipeline.Build.Workflows;

/// <summary>
/// A declaration checked against the build: names resolved to the build's own spelling, output paths known.
/// Only <see cref="WorkflowResolver"/> creates it, so the generator never sees an invalid workflow.
/// </summary>
internal sealed record WorkflowDefinition(
    GitHubActionsAttribute Declaration,
    IReadOnlyList<string> Targets,
    IReadOnlyList<WorkflowParameter> DispatchInputs,
    IReadOnlyList<WorkflowParameter> Secrets,
    IReadOnlyList<WorkflowVariable> Environment,
    IReadOnlyList<WorkflowPermission> Permissions,
    IReadOnlyList<string> OutputPaths,
    IReadOnlyList<string> GatherTargets)
{
    /// <summary>The outputs to upload: all of them unless the declaration turned publishing off.</summary>
    public IReadOnlyList<string> ArtifactPaths => Declaration.PublishArtifacts ? OutputPaths : [];

    public bool HasDispatch => Declaration.OnWorkflowDispatch || DispatchInputs.Count > 0;
}
