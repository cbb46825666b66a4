namespace MlPipeline.Build.Execution;

/// <summary>How a target ended.</summary>
internal enum TargetStatus
{
    Succeeded,
    UpToDate,
    Skipped,
    Failed,
    NotRun,
}
