using System.Data.Common;
using System.Globalization;
using Npgsql;
using MlPipeline.Registry.Sql;

namespace MlPipeline.Registry.Postgres;

/// <summary>A team's shared registry in a PostgreSQL database.</summary>
internal sealed class PostgresBackend : IRegistryBackend
{
    // Keeps our advisory locks apart from any other application's on the same server ("MLPR").
    private const int LockNamespace = 0x4D4C5052;

    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly TimeSpan _lockTimeout;

    private PostgresBackend(NpgsqlConnectionStringBuilder settings, TimeSpan lockTimeout)
    {
        _settings = settings;
        _lockTimeout = lockTimeout;
        _dataSource = NpgsqlDataSource.Create(settings);
    }

    public string Description => $"PostgreSQL {Server}/{_settings.Database}";

    public string SchemaSql { get; } = RegistryTables.CreateSql(ColumnTypes.Postgres);

    // A team's database may well hold other tables beside the registry's.
    public string? ForeignTablesSql => null;

    private string Server => $"{_settings.Host}:{_settings.Port}";

    public static PostgresBackend Create(string connectionString, TimeSpan lockTimeout)
    {
        NpgsqlConnectionStringBuilder settings;
        try
        {
            settings = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            throw new RegistryException(RegistryError.InvalidInput,
                $"The registry location is not a valid PostgreSQL connection string: {Sentence.Of(exception.Message)} Use the form \"Host=db.example.com;Port=5432;Database=registry;Username=ci;Password=...\".",
                exception);
        }

        if (string.IsNullOrWhiteSpace(settings.Database))
        {
            throw new RegistryException(RegistryError.InvalidInput, $"The PostgreSQL registry at {settings.Host}:{settings.Port} names no database; add \"Database=<name>\" to the connection string.");
        }

        // A write may wait for the lock timeout; the command must not time out before the lock does.
        settings.CommandTimeout = Math.Max(settings.CommandTimeout, (int)Math.Ceiling(lockTimeout.TotalSeconds) + 30);
        return new PostgresBackend(settings, lockTimeout);
    }

    public DbConnection Open()
    {
        try
        {
            return _dataSource.OpenConnection();
        }
        catch (NpgsqlException exception)
        {
            throw Translate(exception, "connect");
        }
    }

    // A transaction per write, serialised per model name by a transaction-scoped advisory lock, which PostgreSQL
    // releases itself when the transaction ends, also when the client is killed.
    public DbTransaction BeginWrite(DbConnection connection, string? serializeOn)
    {
        var transaction = ((NpgsqlConnection)connection).BeginTransaction();
        using var command = ((NpgsqlConnection)connection).CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SET LOCAL lock_timeout = '{(long)_lockTimeout.TotalMilliseconds}ms'");
        command.ExecuteNonQuery();
        if (serializeOn is not null)
        {
            command.CommandText = "SELECT pg_advisory_xact_lock(@namespace, hashtext(@key))";
            command.Parameters.AddWithValue("namespace", LockNamespace);
            command.Parameters.AddWithValue("key", serializeOn);
            command.ExecuteNonQuery();
        }

        return transaction;
    }

    public RegistryException Translate(DbException exception, string operation) => exception switch
    {
        PostgresException { SqlState: PostgresErrorCodes.LockNotAvailable } => new RegistryException(RegistryError.Locked,
            $"The registry {Description} is locked by another process for more than {_lockTimeout.TotalSeconds:0.###} s, so this process could not {operation}; " +
            "another build is writing the same model or hangs holding its lock. Wait for it and retry.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } e => new RegistryException(RegistryError.Unreachable,
            $"PostgreSQL at {Server} refused user '{_settings.Username}' for database '{_settings.Database}': {e.MessageText}. " +
            "Check Username and Password in the registry connection string, and the server's pg_hba.conf.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } => new RegistryException(RegistryError.Unreachable,
            $"The database '{_settings.Database}' does not exist on PostgreSQL at {Server}; create it (createdb -h {_settings.Host} -p {_settings.Port} {_settings.Database}) " +
            "or fix Database= in the registry connection string.", exception),
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } e => new RegistryException(RegistryError.Failed,
            $"User '{_settings.Username}' may not {operation} in the registry {Description}: {e.MessageText}. Grant it CREATE and USAGE on the schema, or use the registry's owner.", exception),
        PostgresException e => new RegistryException(RegistryError.Failed, $"Could not {operation} in the registry {Description}: {e.MessageText} (SQLSTATE {e.SqlState}).", exception),
        _ => new RegistryException(RegistryError.Unreachable,
            $"Cannot reach PostgreSQL at {Server} (database '{_settings.Database}') to {operation}: {Sentence.Of(Innermost(exception).Message)} " +
            $"Check that the server is running and accepts TCP connections there (pg_isready -h {_settings.Host} -p {_settings.Port}), and the Host and Port of the registry connection string.",
            exception),
    };

    public void Dispose() => _dataSource.Dispose();

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;
}
