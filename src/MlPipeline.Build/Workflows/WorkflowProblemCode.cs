namespace MlPipeline.Build.Workflows;

/// <summary>Stable codes of the mistakes a workflow declaration can contain.</summary>
internal enum WorkflowProblemCode
{
    InvalidName,
    DuplicateName,
    NoTrigger,
    NoTargets,
    UnknownTarget,
    UnknownParameter,
    NotASecret,
    SecretAsDispatchInput,
    InvalidCron,
    InvalidBranch,
    InvalidPermission,
    CancelWithoutConcurrencyGroup,
    InvalidTimeout,
    InvalidValue,
}
