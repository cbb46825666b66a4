namespace MlPipeline.Registry;

/// <summary>
/// Experiment tracking and the model registry, on SQLite or PostgreSQL (see <see cref="ModelRegistry.Open"/>).
/// Every write is one transaction: it happens whole or not at all, also when the process is killed in the middle.
/// Every method throws <see cref="RegistryException"/> for any failure, never a database driver's exception.
/// </summary>
public interface IModelRegistry : IDisposable
{
    /// <summary>Records a Train / Tune trial / Evaluate run and returns its id.</summary>
    long RecordRun(RunRecord run);

    /// <summary>The run with this id, or null.</summary>
    StoredRun? GetRun(long id);

    /// <summary>
    /// Adds the next version of <see cref="NewModelVersion.ModelName"/> (1 for a new name) in one transaction: the model
    /// file (stored once however many versions share its content), the version with its lineage and metrics, and the
    /// transitions null → Created and Created → verdict. Concurrent registrations, from any number of processes, get
    /// distinct consecutive numbers.
    /// </summary>
    ModelVersion Register(NewModelVersion model);

    /// <summary>
    /// Moves a version to <paramref name="to"/> as <see cref="Lifecycle"/> allows, recording each step. Moving to
    /// <see cref="ModelState.Deployed"/> is <see cref="Promote"/>.
    /// </summary>
    ModelVersion Transition(string model, int version, ModelState to, string actor, string reason);

    /// <summary>
    /// Deploys a version (Approved, Passed (recorded through Approved) or Retired) and retires the version deployed
    /// before it, in one transaction.
    /// </summary>
    ModelVersion Promote(string model, int version, string actor, string reason);

    /// <summary>
    /// Retires the deployed version and deploys again the one it replaced; a second rollback goes one further back.
    /// Fails when nothing is deployed or the deployed version replaced none, and, with <paramref name="expectedVersion"/>,
    /// when the version it would deploy is another one (<see cref="RegistryError.IllegalTransition"/>; nothing changes).
    /// </summary>
    ModelVersion Rollback(string model, string actor, string reason, int? expectedVersion = null);

    /// <summary>
    /// The version <see cref="Rollback"/> would deploy again, changing nothing, so a caller can check it first (Rollback
    /// scores it for the baseline before the registry changes). Fails as Rollback does.
    /// </summary>
    ModelVersion RollbackTarget(string model);

    /// <summary>Every version of the model, oldest first; empty for an unknown model.</summary>
    IReadOnlyList<ModelVersion> List(string model);

    /// <summary>
    /// At most <paramref name="limit"/> versions numbered above <paramref name="afterVersion"/>, oldest first: a page
    /// that costs the same however many versions there are (pass the last version of one page to get the next).
    /// </summary>
    IReadOnlyList<ModelVersion> List(string model, int afterVersion, int limit);

    /// <summary>One version, or null.</summary>
    ModelVersion? Get(string model, int version);

    /// <summary>The version deployed now, or null.</summary>
    ModelVersion? Deployed(string model);

    /// <summary>
    /// The version that was deployed at <paramref name="time"/>, read from the audit trail, or null; the version is
    /// returned as it is now (its <see cref="ModelVersion.State"/> may since have changed).
    /// </summary>
    ModelVersion? DeployedAt(string model, DateTimeOffset time);

    /// <summary>The audit trail of one version, oldest first.</summary>
    IReadOnlyList<StateTransition> History(string model, int version);

    /// <summary>The model file with this SHA-256 (lower- or upper-case hex), checked against the hash.</summary>
    byte[] ReadModel(string sha256);

    /// <summary>
    /// The file registered with the version under <paramref name="name"/> (<see cref="NewModelVersion.Artifacts"/>), checked
    /// against its hash; null when the version has none of that name (a version registered without it, or before
    /// registries kept artifacts).
    /// </summary>
    byte[]? ReadArtifact(string model, int version, string name);

    /// <summary>The tuning studies shared through this registry; valid until the registry is disposed.</summary>
    IStudyStore Studies { get; }
}
