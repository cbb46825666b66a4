namespace MlPipeline.Registry.Sql;

internal sealed partial class SqlRegistry
{
    public ModelVersion Register(NewModelVersion model)
    {
        Input.NewVersion(model);
        var sha256 = ContentAddress.Of(model.ModelBytes);
        var now = _time.GetUtcNow();
        return Write($"register a version of '{model.ModelName}'", model.ModelName, session =>
        {
            if (model.RunId is { } runId && session.Int64(Queries.CountRun, ("@id", runId)) == 0)
            {
                throw new RegistryException(RegistryError.NotFound,
                    $"Run {runId}, named as the lineage of the new '{model.ModelName}' version, is not in the registry {_backend.Description}; record the run first (RecordRun) and pass the id it returns.");
            }

            // The model file is a row of this same transaction rather than a file beside the database: a process killed
            // before the commit therefore leaves neither a partial version nor an orphan blob, by construction.
            session.Execute(Queries.InsertBlob, ("@sha256", sha256), ("@size", (long)model.ModelBytes.Length), ("@content", model.ModelBytes));

            // Allocated inside the write transaction, which the backend serialises per model name; the primary key
            // (model_name, version) is the last line of defence against a duplicate.
            var version = checked((int)session.Int64(Queries.NextVersion, ("@model", model.ModelName))!.Value);
            session.Execute(Queries.InsertVersion,
                ("@model", model.ModelName),
                ("@version", version),
                ("@state", model.Verdict.ToString()),
                ("@sha256", sha256),
                ("@run_id", model.RunId),
                ("@data_hash", model.DataHash),
                ("@git_commit", model.GitCommit),
                ("@git_dirty", model.GitDirty),
                ("@parameters", JsonColumns.Write(model.Parameters)),
                ("@metrics", JsonColumns.Write(model.Metrics)),
                ("@created", Ticks.ToColumn(now)));
            foreach (var (name, content) in model.Artifacts ?? new Dictionary<string, byte[]>())
            {
                var address = ContentAddress.Of(content);
                session.Execute(Queries.InsertBlob, ("@sha256", address), ("@size", (long)content.Length), ("@content", content));
                session.Execute(Queries.InsertArtifact, ("@model", model.ModelName), ("@version", version), ("@name", name), ("@sha256", address));
            }

            RecordTransition(session, model.ModelName, version, null, ModelState.Created, now, model.Actor, model.RunId is { } run ? $"registered from run {run}" : "registered");
            RecordTransition(session, model.ModelName, version, ModelState.Created, model.Verdict, now, model.Actor, model.Reason);
            BeforeRegisterCommits?.Invoke();
            return Find(session, model.ModelName, version)!;
        });
    }

    public IReadOnlyList<ModelVersion> List(string model)
    {
        Input.ModelName(model);
        return Read($"list the versions of '{model}'", session => session.Query(Queries.ListVersions, Rows.Version, ("@model", model)));
    }

    public IReadOnlyList<ModelVersion> List(string model, int afterVersion, int limit)
    {
        Input.ModelName(model);
        if (afterVersion < 0 || limit < 1)
        {
            throw new RegistryException(RegistryError.InvalidInput,
                $"A page of versions needs afterVersion ≥ 0 (0 for the first page) and limit ≥ 1; they were {afterVersion} and {limit}.");
        }

        return Read($"list the versions of '{model}'", session =>
            session.Query(Queries.PageVersions, Rows.Version, ("@model", model), ("@after", afterVersion), ("@limit", limit)));
    }

    public ModelVersion? Get(string model, int version)
    {
        Input.ModelName(model);
        Input.Version(version);
        return Read($"read version {version} of '{model}'", session => Find(session, model, version));
    }

    public IReadOnlyList<StateTransition> History(string model, int version)
    {
        Input.ModelName(model);
        Input.Version(version);
        return Read($"read the history of version {version} of '{model}'", session =>
            session.Query(Queries.History, Rows.Transition, ("@model", model), ("@version", version)));
    }

    public byte[] ReadModel(string sha256)
    {
        var address = ContentAddress.Parse(sha256);
        var content = Read($"read model file {address}", session => session.Query(Queries.ReadBlob, row => (byte[])row.GetValue(0), ("@sha256", address)).SingleOrDefault())
            ?? throw new RegistryException(RegistryError.NotFound,
                $"No model file with SHA-256 {address} is in the registry {_backend.Description}; take the address from a registered version (ModelVersion.ModelSha256).");
        var actual = ContentAddress.Of(content);
        return actual == address
            ? content
            : throw new RegistryException(RegistryError.Corrupt,
                $"The model file {address} in the registry {_backend.Description} is damaged: its bytes hash to {actual}. Restore the registry from a backup or register the model again.");
    }

    public byte[]? ReadArtifact(string model, int version, string name)
    {
        Input.ModelName(model);
        Input.Version(version);
        Input.ArtifactName(name);
        var stored = Read($"read the {name} of version {version} of '{model}'", session =>
            session.Query(Queries.ReadArtifact, row => (Content: (byte[])row.GetValue(0), Address: row.GetString(1)), ("@model", model), ("@version", version), ("@name", name))
                .SingleOrDefault());
        if (stored.Content is null)
        {
            return null;
        }

        var actual = ContentAddress.Of(stored.Content);
        return actual == stored.Address
            ? stored.Content
            : throw new RegistryException(RegistryError.Corrupt,
                $"The {name} of version {version} of '{model}' in the registry {_backend.Description} is damaged: its bytes hash to {actual}, not {stored.Address}. Restore the registry from a backup or register the model again.");
    }

    private static ModelVersion? Find(SqlSession session, string model, int version) =>
        session.Single(Queries.GetVersion, Rows.Version, ("@model", model), ("@version", version));

    private ModelVersion Existing(SqlSession session, string model, int version)
    {
        if (Find(session, model, version) is { } found)
        {
            return found;
        }

        var count = session.Int64(Queries.NextVersion, ("@model", model))!.Value - 1;
        var known = count == 0 ? $"'{model}' has no versions there" : $"'{model}' has versions 1 to {count}";
        throw new RegistryException(RegistryError.NotFound, $"Version {version} of '{model}' is not in the registry {_backend.Description}: {known}.");
    }

    private static void RecordTransition(SqlSession session, string model, int version, ModelState? from, ModelState to, DateTimeOffset at, string actor, string reason) =>
        session.Execute(Queries.InsertTransition,
            ("@model", model),
            ("@version", version),
            ("@from", from?.ToString()),
            ("@to", to.ToString()),
            ("@at", Ticks.ToColumn(at)),
            ("@actor", actor),
            ("@reason", reason));
}
