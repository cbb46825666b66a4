namespace MlPipeline.Registry.Sql;

/// <summary>How one database spells the column types the registry's tables use that differ between SQLite and PostgreSQL.</summary>
/// <param name="IdentityKey">An auto-numbered 64-bit primary key.</param>
internal sealed record ColumnTypes(string IdentityKey, string Int64, string Boolean, string Bytes)
{
    public static ColumnTypes Sqlite { get; } = new("INTEGER PRIMARY KEY AUTOINCREMENT", "INTEGER", "INTEGER", "BLOB");

    public static ColumnTypes Postgres { get; } = new("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "BIGINT", "BOOLEAN", "BYTEA");
}
