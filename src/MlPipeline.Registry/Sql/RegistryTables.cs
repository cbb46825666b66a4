namespace MlPipeline.Registry.Sql;

/// <summary>
/// The registry's tables, written once for both databases: only the few column types that SQLite and PostgreSQL
/// spell differently are filled in per backend.
/// </summary>
internal static class RegistryTables
{
    // studies and study_trials came with schema version 2, version_artifacts with 3; next_trial is the counter ReserveTrial upserts, and a trial's
    // number must be below it.
    public static string CreateSql(ColumnTypes types) => $"""
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS runs (
            id {types.IdentityKey},
            kind TEXT NOT NULL, model_name TEXT NULL, parameters TEXT NOT NULL, metrics TEXT NOT NULL,
            data_hash TEXT NOT NULL, git_commit TEXT NOT NULL, git_dirty {types.Boolean} NOT NULL,
            started_ticks {types.Int64} NOT NULL, ended_ticks {types.Int64} NOT NULL,
            machine TEXT NOT NULL, libraries TEXT NOT NULL, artifacts TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT NOT NULL PRIMARY KEY, size {types.Int64} NOT NULL, content {types.Bytes} NOT NULL);
        CREATE TABLE IF NOT EXISTS versions (
            model_name TEXT NOT NULL, version INTEGER NOT NULL, state TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256), run_id {types.Int64} NULL REFERENCES runs (id),
            data_hash TEXT NOT NULL, git_commit TEXT NOT NULL, git_dirty {types.Boolean} NOT NULL,
            parameters TEXT NOT NULL, metrics TEXT NOT NULL, created_ticks {types.Int64} NOT NULL, replaced_version INTEGER NULL,
            PRIMARY KEY (model_name, version));
        CREATE TABLE IF NOT EXISTS transitions (
            id {types.IdentityKey},
            model_name TEXT NOT NULL, version INTEGER NOT NULL, from_state TEXT NULL, to_state TEXT NOT NULL,
            at_ticks {types.Int64} NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL,
            FOREIGN KEY (model_name, version) REFERENCES versions (model_name, version));
        CREATE INDEX IF NOT EXISTS versions_by_state ON versions (model_name, state);
        CREATE INDEX IF NOT EXISTS versions_by_blob ON versions (sha256);
        CREATE INDEX IF NOT EXISTS transitions_by_version ON transitions (model_name, version, id);
        CREATE INDEX IF NOT EXISTS transitions_by_time ON transitions (model_name, at_ticks, id);
        CREATE TABLE IF NOT EXISTS version_artifacts (
            model_name TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, sha256 TEXT NOT NULL REFERENCES blobs (sha256),
            PRIMARY KEY (model_name, version, name),
            FOREIGN KEY (model_name, version) REFERENCES versions (model_name, version));
        CREATE TABLE IF NOT EXISTS studies (name TEXT NOT NULL PRIMARY KEY, next_trial INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS study_trials (
            study TEXT NOT NULL REFERENCES studies (name), number INTEGER NOT NULL, state TEXT NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (study, number));

        """;
}
