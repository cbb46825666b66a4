using System.Data.Common;

namespace MlPipeline.Registry.Sql;

/// <summary>
/// The registry on any SQL backend: the same statements, validation and lifecycle rules for SQLite and PostgreSQL;
/// the backend only supplies connections, write locking, the schema and error translation.
/// </summary>
internal sealed partial class SqlRegistry : IModelRegistry
{
    private readonly IRegistryBackend _backend;
    private readonly TimeProvider _time;

    private SqlRegistry(IRegistryBackend backend, TimeProvider time)
    {
        _backend = backend;
        _time = time;
    }

    /// <summary>Test seam: runs inside Register's transaction after every row is written and before the commit.</summary>
    internal Action? BeforeRegisterCommits { get; set; }

    public static SqlRegistry Open(IRegistryBackend backend, TimeProvider time)
    {
        var registry = new SqlRegistry(backend, time);
        try
        {
            registry.EnsureSchema();
            return registry;
        }
        catch
        {
            registry.Dispose();
            throw;
        }
    }

    public void Dispose() => _backend.Dispose();

    internal long CountBlobs() => Read("count the model files", session => session.Int64(Queries.CountBlobs) ?? 0);

    internal long CountOrphanBlobs() => Read("count the model files", session => session.Int64(Queries.CountOrphanBlobs) ?? 0);

    // Creating the tables is a write like any other, so two processes opening a new registry at once take turns.
    private void EnsureSchema() => Write("create the registry tables", "schema", session =>
    {
        if (_backend.ForeignTablesSql is { } foreignTables && session.Int64(foreignTables) > 0)
        {
            throw new RegistryException(RegistryError.Corrupt,
                $"The registry {_backend.Description} is a database of another application (it has tables but no registry schema); " +
                "move it away or point --registry at the registry file.");
        }

        session.Execute(_backend.SchemaSql);
        session.Execute(Queries.InsertSchemaVersion, ("@version", Queries.SchemaVersion));
        var stored = session.Int64(Queries.StoredSchemaVersion);
        if (stored > Queries.SchemaVersion)
        {
            throw new RegistryException(RegistryError.IncompatibleSchema,
                $"The registry {_backend.Description} has schema version {stored}, written by a newer MlPipeline; this one knows version {Queries.SchemaVersion}. Upgrade MlPipeline.Registry.");
        }

        return stored;
    });

    private T Read<T>(string operation, Func<SqlSession, T> read)
    {
        try
        {
            using var connection = _backend.Open();
            return read(new SqlSession(connection, null));
        }
        catch (DbException exception)
        {
            throw _backend.Translate(exception, operation);
        }
    }

    private T Write<T>(string operation, string? serializeOn, Func<SqlSession, T> write)
    {
        try
        {
            using var connection = _backend.Open();
            using var transaction = _backend.BeginWrite(connection, serializeOn);
            var result = write(new SqlSession(connection, transaction));
            transaction.Commit();
            return result;
        }
        catch (DbException exception)
        {
            throw _backend.Translate(exception, operation);
        }
    }
}
