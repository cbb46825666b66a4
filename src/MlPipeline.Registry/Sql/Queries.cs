namespace MlPipeline.Registry.Sql;

/// <summary>The statements both backends run unchanged (only the tables' column types and the locking differ).</summary>
internal static class Queries
{
    // 1: runs, model versions and their transitions; 2: tuning studies; 3: files kept with a version. Each version only adds
    // tables (CREATE ... IF NOT EXISTS), so opening a registry of an older version upgrades it in place.
    public const int SchemaVersion = 3;

    public const string InsertSchemaVersion = "INSERT INTO schema_version (version) VALUES (@version) ON CONFLICT (version) DO NOTHING";
    public const string StoredSchemaVersion = "SELECT MAX(version) FROM schema_version";

    public const string InsertRun =
        "INSERT INTO runs (kind, model_name, parameters, metrics, data_hash, git_commit, git_dirty, started_ticks, ended_ticks, machine, libraries, artifacts) " +
        "VALUES (@kind, @model, @parameters, @metrics, @data_hash, @git_commit, @git_dirty, @started, @ended, @machine, @libraries, @artifacts) RETURNING id";
    public const string GetRun =
        "SELECT id, kind, model_name, parameters, metrics, data_hash, git_commit, git_dirty, started_ticks, ended_ticks, machine, libraries, artifacts FROM runs WHERE id = @id";
    public const string CountRun = "SELECT COUNT(*) FROM runs WHERE id = @id";

    private const string SelectVersions =
        "SELECT v.model_name, v.version, v.state, v.sha256, b.size, v.run_id, v.data_hash, v.git_commit, v.git_dirty, v.parameters, v.metrics, v.created_ticks " +
        "FROM versions v JOIN blobs b ON b.sha256 = v.sha256 ";
    public const string GetVersion = SelectVersions + "WHERE v.model_name = @model AND v.version = @version";
    public const string ListVersions = SelectVersions + "WHERE v.model_name = @model ORDER BY v.version";
    public const string PageVersions = SelectVersions + "WHERE v.model_name = @model AND v.version > @after ORDER BY v.version LIMIT @limit";
    public const string DeployedVersion = SelectVersions + "WHERE v.model_name = @model AND v.state = 'Deployed'";

    public const string NextVersion = "SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE model_name = @model";
    public const string InsertBlob = "INSERT INTO blobs (sha256, size, content) VALUES (@sha256, @size, @content) ON CONFLICT (sha256) DO NOTHING";
    public const string InsertVersion =
        "INSERT INTO versions (model_name, version, state, sha256, run_id, data_hash, git_commit, git_dirty, parameters, metrics, created_ticks) " +
        "VALUES (@model, @version, @state, @sha256, @run_id, @data_hash, @git_commit, @git_dirty, @parameters, @metrics, @created)";
    public const string InsertArtifact = "INSERT INTO version_artifacts (model_name, version, name, sha256) VALUES (@model, @version, @name, @sha256)";
    public const string ReadArtifact =
        "SELECT b.content, b.sha256 FROM version_artifacts a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.model_name = @model AND a.version = @version AND a.name = @name";
    public const string UpdateState = "UPDATE versions SET state = @state WHERE model_name = @model AND version = @version";
    public const string SetReplaced = "UPDATE versions SET replaced_version = @replaced WHERE model_name = @model AND version = @version";
    public const string GetReplaced = "SELECT replaced_version FROM versions WHERE model_name = @model AND version = @version";

    public const string InsertTransition =
        "INSERT INTO transitions (model_name, version, from_state, to_state, at_ticks, actor, reason) VALUES (@model, @version, @from, @to, @at, @actor, @reason)";
    public const string History =
        "SELECT model_name, version, from_state, to_state, at_ticks, actor, reason FROM transitions WHERE model_name = @model AND version = @version ORDER BY id";

    // The last change of who is deployed at or before the time: a deployment answers with its version, a retirement with none.
    public const string LastDeploymentChange =
        "SELECT version, to_state FROM transitions WHERE model_name = @model AND at_ticks <= @at AND (to_state = 'Deployed' OR from_state = 'Deployed') " +
        "ORDER BY at_ticks DESC, id DESC LIMIT 1";

    // One statement, atomic on the row in both databases: concurrent reservations of a new study insert once and then queue on its row.
    public const string ReserveTrial =
        "INSERT INTO studies (name, next_trial) VALUES (@study, 1) ON CONFLICT (name) DO UPDATE SET next_trial = studies.next_trial + 1 RETURNING next_trial - 1";
    public const string NextTrial = "SELECT next_trial FROM studies WHERE name = @study";
    public const string SaveTrial =
        "INSERT INTO study_trials (study, number, state, json) VALUES (@study, @number, @state, @json) " +
        "ON CONFLICT (study, number) DO UPDATE SET state = excluded.state, json = excluded.json";
    // Atomic in both: PostgreSQL re-checks the WHERE on the row it waited for, SQLite writes under one lock.
    public const string ReplaceTrial =
        "UPDATE study_trials SET state = @state, json = @json WHERE study = @study AND number = @number AND json = @expected";
    public const string LoadTrials = "SELECT json FROM study_trials WHERE study = @study ORDER BY number";

    public const string ReadBlob = "SELECT content FROM blobs WHERE sha256 = @sha256";
    public const string CountBlobs = "SELECT COUNT(*) FROM blobs";
    public const string CountOrphanBlobs =
        "SELECT COUNT(*) FROM blobs b WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.sha256 = b.sha256) " +
        "AND NOT EXISTS (SELECT 1 FROM version_artifacts a WHERE a.sha256 = b.sha256)";
}
