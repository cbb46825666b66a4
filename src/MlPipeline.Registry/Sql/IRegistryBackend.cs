using System.Data.Common;

namespace MlPipeline.Registry.Sql;

/// <summary>What differs between SQLite and PostgreSQL; everything else lives once in <see cref="SqlRegistry"/>.</summary>
internal interface IRegistryBackend : IDisposable
{
    /// <summary>The registry as messages name it: a file path, or host:port/database (never a password).</summary>
    string Description { get; }

    /// <summary>Creates every table and index that is missing; run inside a write transaction.</summary>
    string SchemaSql { get; }

    /// <summary>
    /// Counts the tables that show the database belongs to another application (tables, but no registry schema), or
    /// null where sharing a database with other tables is normal.
    /// </summary>
    string? ForeignTablesSql { get; }

    /// <summary>An open connection with the per-connection settings applied.</summary>
    /// <exception cref="RegistryException">The database cannot be reached or opened.</exception>
    DbConnection Open();

    /// <summary>
    /// Starts a write transaction that waits (up to the lock timeout) for other writers of <paramref name="serializeOn"/> (null: no name),
    /// so two processes never both allocate the same version number.
    /// </summary>
    DbTransaction BeginWrite(DbConnection connection, string? serializeOn);

    /// <summary>Turns a driver's exception into one that says what to do.</summary>
    RegistryException Translate(DbException exception, string operation);
}
