namespace MlPipeline.Build.Workflows;

internal enum WorkflowFileState
{
    /// <summary>Declared, but no file is committed.</summary>
    Missing,

    /// <summary>The committed file differs from what the declaration generates.</summary>
    Stale,

    /// <summary>A generated file whose declaration was removed; it would keep running in CI.</summary>
    Orphaned,
}
