namespace MlPipeline.Registry.Sql;

internal sealed partial class SqlRegistry
{
    public ModelVersion Transition(string model, int version, ModelState to, string actor, string reason)
    {
        if (to == ModelState.Deployed)
        {
            return Promote(model, version, actor, reason);
        }

        Input.ModelName(model);
        Input.Version(version);
        Input.Audit(actor, reason);
        var now = _time.GetUtcNow();
        return Write($"move version {version} of '{model}' to {to}", model, session => Advance(session, Existing(session, model, version), to, now, actor, reason));
    }

    public ModelVersion Promote(string model, int version, string actor, string reason)
    {
        Input.ModelName(model);
        Input.Version(version);
        Input.Audit(actor, reason);
        var now = _time.GetUtcNow();
        return Write($"promote version {version} of '{model}'", model, session =>
        {
            var target = Existing(session, model, version);
            Lifecycle.Steps(target.State, ModelState.Deployed);
            var previous = session.Single(Queries.DeployedVersion, Rows.Version, ("@model", model));
            if (previous is not null)
            {
                Advance(session, previous, ModelState.Retired, now, actor, $"replaced by version {version}: {reason}");
            }

            // Remembered so Rollback can undo exactly this promotion, however the versions were numbered.
            session.Execute(Queries.SetReplaced, ("@replaced", previous?.Version), ("@model", model), ("@version", version));
            return Advance(session, target, ModelState.Deployed, now, actor, reason);
        });
    }

    public ModelVersion Rollback(string model, string actor, string reason, int? expectedVersion = null)
    {
        Input.ModelName(model);
        Input.Audit(actor, reason);
        var now = _time.GetUtcNow();
        return Write($"roll back '{model}'", model, session =>
        {
            var (current, target) = RollbackStep(session, model);
            if (expectedVersion is { } expected && target.Version != expected)
            {
                throw new RegistryException(RegistryError.IllegalTransition,
                    $"A rollback of '{model}' now deploys version {target.Version} (the one version {current.Version} replaced), not version {expected}: "
                    + "the deployed version changed meanwhile, and nothing was rolled back. Look at the versions again and retry.");
            }

            Advance(session, current, ModelState.Retired, now, actor, $"rolled back to version {target.Version}: {reason}");
            return Advance(session, target, ModelState.Deployed, now, actor, reason);
        });
    }

    public ModelVersion RollbackTarget(string model)
    {
        Input.ModelName(model);
        return Read($"find the version a rollback of '{model}' deploys", session => RollbackStep(session, model).Target);
    }

    public ModelVersion? Deployed(string model)
    {
        Input.ModelName(model);
        return Read($"find the deployed version of '{model}'", session => session.Single(Queries.DeployedVersion, Rows.Version, ("@model", model)));
    }

    public ModelVersion? DeployedAt(string model, DateTimeOffset time)
    {
        Input.ModelName(model);
        return Read($"find the version of '{model}' deployed at {time:O}", session =>
        {
            var change = session.Query(Queries.LastDeploymentChange, row => (Version: Convert.ToInt32(row.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), To: row.GetString(1)),
                ("@model", model), ("@at", Ticks.ToColumn(time))).SingleOrDefault();
            return change.To == nameof(ModelState.Deployed) ? Find(session, model, change.Version) : null;
        });
    }

    private (ModelVersion Current, ModelVersion Target) RollbackStep(SqlSession session, string model)
    {
        var current = session.Single(Queries.DeployedVersion, Rows.Version, ("@model", model))
            ?? throw new RegistryException(RegistryError.NotFound,
                $"No version of '{model}' is deployed in the registry {_backend.Description}, so there is nothing to roll back; promote a version instead.");
        var replaced = session.Int64(Queries.GetReplaced, ("@model", model), ("@version", current.Version))
            ?? throw new RegistryException(RegistryError.NotFound,
                $"Version {current.Version} of '{model}' replaced no deployed version, so there is none to roll back to; promote the version you want instead.");
        return (current, Existing(session, model, (int)replaced));
    }

    // Every step is recorded, so Passed → Deployed shows the approval it implies in the audit trail.
    private static ModelVersion Advance(SqlSession session, ModelVersion version, ModelState to, DateTimeOffset at, string actor, string reason)
    {
        var from = version.State;
        foreach (var step in Lifecycle.Steps(version.State, to))
        {
            RecordTransition(session, version.ModelName, version.Version, from, step, at, actor, reason);
            from = step;
        }

        session.Execute(Queries.UpdateState, ("@state", to.ToString()), ("@model", version.ModelName), ("@version", version.Version));
        return version with { State = to };
    }
}
