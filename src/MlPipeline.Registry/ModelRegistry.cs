using MlPipeline.Registry.Postgres;
using MlPipeline.Registry.Sql;
using MlPipeline.Registry.Sqlite;

namespace MlPipeline.Registry;

/// <summary>Opens a model registry.</summary>
public static class ModelRegistry
{
    /// <summary>The registry a repository uses when none is named: a SQLite file beside the baseline.</summary>
    public const string DefaultLocation = "models/registry.db";

    /// <summary>How long a write waits for another process's write by default.</summary>
    public static readonly TimeSpan DefaultLockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Opens (and on first use creates) a registry. A <paramref name="location"/> containing <c>Host=</c> or
    /// <c>Server=</c> (any case) is an Npgsql connection string ("Host=db;Database=registry;Username=ci;Password=...");
    /// anything else is the path of a SQLite file, whose folder is created when missing. Several processes may open
    /// the same new registry at once.
    /// </summary>
    /// <param name="time">The clock for version and transition times; the system clock by default.</param>
    /// <param name="lockTimeout">How long a write waits for other writers before failing with
    /// <see cref="RegistryError.Locked"/>; <see cref="DefaultLockTimeout"/> (30 s) by default.</param>
    /// <exception cref="RegistryException">The registry cannot be opened: unreachable, locked, corrupt, newer schema.</exception>
    public static IModelRegistry Open(string location, TimeProvider? time = null, TimeSpan? lockTimeout = null)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw new RegistryException(RegistryError.InvalidInput,
                $"The registry location is empty. Pass a SQLite file path (the default is {DefaultLocation}) or a PostgreSQL connection string (\"Host=...;Database=...\").");
        }

        var timeout = lockTimeout ?? DefaultLockTimeout;
        if (timeout <= TimeSpan.Zero)
        {
            throw new RegistryException(RegistryError.InvalidInput, $"The registry lock timeout must be positive; it was {timeout}.");
        }

        IRegistryBackend backend = IsConnectionString(location) ? PostgresBackend.Create(location, timeout) : SqliteBackend.Create(location, timeout);
        return SqlRegistry.Open(backend, time ?? TimeProvider.System);
    }

    /// <summary>True when <paramref name="location"/> names a PostgreSQL server rather than a SQLite file, so callers know whether to resolve it as a path.</summary>
    public static bool IsConnectionString(string location) =>
        location.Contains("Host=", StringComparison.OrdinalIgnoreCase) || location.Contains("Server=", StringComparison.OrdinalIgnoreCase);
}
