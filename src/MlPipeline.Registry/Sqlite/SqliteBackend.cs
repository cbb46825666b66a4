using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MlPipeline.Registry.Sql;

namespace MlPipeline.Registry.Sqlite;

/// <summary>A registry in one SQLite file, which several checkouts and processes may share.</summary>
internal sealed class SqliteBackend : IRegistryBackend
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly TimeSpan _lockTimeout;

    private SqliteBackend(string path, string connectionString, TimeSpan lockTimeout)
    {
        _path = path;
        _connectionString = connectionString;
        _lockTimeout = lockTimeout;
    }

    public string Description => _path;

    public string SchemaSql { get; } = RegistryTables.CreateSql(ColumnTypes.Sqlite);

    // A file is one application's: tables without our schema_version mean --registry points at someone else's database.
    public string? ForeignTablesSql =>
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version')";

    public static SqliteBackend Create(string location, TimeSpan lockTimeout)
    {
        var path = Path.GetFullPath(location);
        if (Directory.Exists(path))
        {
            throw new RegistryException(RegistryError.InvalidInput, $"The registry {path} is a folder; pass the path of a SQLite file, e.g. {Path.Combine(path, "registry.db")}.");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new RegistryException(RegistryError.Failed, $"Cannot create the folder of the registry {path}: {Sentence.Of(exception.Message)} Check the path and its permissions.", exception);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = (int)Math.Ceiling(lockTimeout.TotalSeconds),
        }.ToString();
        return new SqliteBackend(path, connectionString, lockTimeout);
    }

    public DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();

            // WAL lets readers work while one process writes; busy_timeout makes a writer wait for another instead of failing.
            command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)_lockTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL;");
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw Translate(exception, "open the registry");
        }
    }

    // Not deferred: BEGIN IMMEDIATE takes the write lock up front, so concurrent writers queue on busy_timeout
    // instead of failing when a read lock cannot be upgraded.
    public DbTransaction BeginWrite(DbConnection connection, string? serializeOn) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public RegistryException Translate(DbException exception, string operation) => (exception as SqliteException)?.SqliteErrorCode switch
    {
        SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED => new RegistryException(RegistryError.Locked,
            $"The registry {_path} is locked by another process for more than {_lockTimeout.TotalSeconds:0.###} s, so this process could not {operation}; " +
            $"another build is writing to it or hangs holding it. Wait for it and retry, or find it with `fuser {_path}`.", exception),
        SQLitePCL.raw.SQLITE_NOTADB or SQLitePCL.raw.SQLITE_CORRUPT => new RegistryException(RegistryError.Corrupt,
            $"The registry {_path} is not a SQLite database or is damaged ({exception.Message}); move it away (a new registry is created in its place) " +
            "or point --registry at the right file.", exception),
        SQLitePCL.raw.SQLITE_CANTOPEN or SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_PERM => new RegistryException(RegistryError.Failed,
            $"Cannot write the registry {_path} ({exception.Message}); check that it and its folder are writable by this user.", exception),
        SQLitePCL.raw.SQLITE_FULL => new RegistryException(RegistryError.Failed, $"The disk holding the registry {_path} is full; free space and retry.", exception),
        _ => new RegistryException(RegistryError.Failed, $"Could not {operation} in the registry {_path}: {exception.Message}", exception),
    };

    // Pooled connections would keep the file open after the registry is disposed.
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
