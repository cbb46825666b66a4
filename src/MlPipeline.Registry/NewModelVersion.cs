namespace MlPipeline.Registry;

/// <summary>What <see cref="IModelRegistry.Register"/> needs to add a version of a model.</summary>
/// <param name="ModelBytes">The model file; stored once per distinct content, addressed by its SHA-256.</param>
/// <param name="RunId">The tracked training run that produced it, when there is one.</param>
/// <param name="Verdict">The benchmark gate's verdict: <see cref="ModelState.Passed"/> or <see cref="ModelState.Discarded"/>.</param>
/// <param name="Actor">Who registers it: a user name or a CI job id.</param>
/// <param name="Reason">Why, in words; becomes the audit trail's text for the verdict.</param>
/// <param name="Artifacts">
/// Files kept with the version, by name (e.g. the reference profile drift is measured against); stored like the model
/// file, once per distinct content, in the same transaction. <see cref="IModelRegistry.ReadArtifact"/> returns them.
/// </param>
public sealed record NewModelVersion(
    string ModelName,
    byte[] ModelBytes,
    long? RunId,
    string DataHash,
    string GitCommit,
    bool GitDirty,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, double> Metrics,
    ModelState Verdict,
    string Actor,
    string Reason,
    IReadOnlyDictionary<string, byte[]>? Artifacts = null);
