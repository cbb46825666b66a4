namespace MlPipeline.Registry;

/// <summary>A run as the registry keeps it, with the id <see cref="IModelRegistry.RecordRun"/> gave it.</summary>
public sealed record StoredRun(long Id, RunRecord Run);
