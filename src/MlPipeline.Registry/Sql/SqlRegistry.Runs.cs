namespace MlPipeline.Registry.Sql;

internal sealed partial class SqlRegistry
{
    public long RecordRun(RunRecord run)
    {
        Input.Run(run);
        return Write($"record a {run.Kind} run", null, session => session.Int64(Queries.InsertRun,
            ("@kind", run.Kind),
            ("@model", run.ModelName),
            ("@parameters", JsonColumns.Write(run.Parameters)),
            ("@metrics", JsonColumns.Write(run.Metrics)),
            ("@data_hash", run.DataHash),
            ("@git_commit", run.GitCommit),
            ("@git_dirty", run.GitDirty),
            ("@started", Ticks.ToColumn(run.Started)),
            ("@ended", Ticks.ToColumn(run.Ended)),
            ("@machine", JsonColumns.Write(run.Machine)),
            ("@libraries", JsonColumns.Write(run.Libraries)),
            ("@artifacts", JsonColumns.Write(run.Artifacts)))!.Value);
    }

    public StoredRun? GetRun(long id) => Read($"read run {id}", session => session.Single(Queries.GetRun, Rows.Run, ("@id", id)));
}
