namespace MlPipeline.Training.Gates;

/// <summary>The outcome of one gate.</summary>
public enum GateState
{
    Passed,
    Failed,

    /// <summary>Not applicable: a baseline gate when there is no baseline yet. Never fails the report.</summary>
    Skipped,
}
