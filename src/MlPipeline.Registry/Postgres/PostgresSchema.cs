using MlPipeline.Registry.Sql;

namespace MlPipeline.Registry.Postgres;

internal static class PostgresSchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS runs (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            kind TEXT NOT NULL, model_name TEXT NULL, parameters TEXT NOT NULL, metrics TEXT NOT NULL,
            data_hash TEXT NOT NULL, git_commit TEXT NOT NULL, git_dirty BOOLEAN NOT NULL,
            started_ticks BIGINT NOT NULL, ended_ticks BIGINT NOT NULL,
            machine TEXT NOT NULL, libraries TEXT NOT NULL, artifacts TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT NOT NULL PRIMARY KEY, size BIGINT NOT NULL, content BYTEA NOT NULL);
        CREATE TABLE IF NOT EXISTS versions (
            model_name TEXT NOT NULL, version INTEGER NOT NULL, state TEXT NOT NULL,
            sha256 TEXT NOT NULL REFERENCES blobs (sha256), run_id BIGINT NULL REFERENCES runs (id),
            data_hash TEXT NOT NULL, git_commit TEXT NOT NULL, git_dirty BOOLEAN NOT NULL,
            parameters TEXT NOT NULL, metrics TEXT NOT NULL, created_ticks BIGINT NOT NULL, replaced_version INTEGER NULL,
            PRIMARY KEY (model_name, version));
        CREATE TABLE IF NOT EXISTS transitions (
            id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            model_name TEXT NOT NULL, version INTEGER NOT NULL, from_state TEXT NULL, to_state TEXT NOT NULL,
            at_ticks BIGINT NOT NULL, actor TEXT NOT NULL, reason TEXT NOT NULL,
            FOREIGN KEY (model_name, version) REFERENCES versions (model_name, version));

        """ + Queries.Indexes + Queries.StudyTables;
}
