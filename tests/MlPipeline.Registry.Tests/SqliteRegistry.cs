using Microsoft.Data.Sqlite;
using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

/// <summary>The registry contract on SQLite files, and what only a file can do wrong.</summary>
public sealed class SqliteRegistry : RegistryContract, IDisposable
{
    private readonly TemporaryDirectory _folder = new();

    protected override string NewLocation() => _folder.File($"{Guid.NewGuid():N}/registry.db");

    public void Dispose() => _folder.Dispose();

    protected override object? Sql(string location, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Fact]
    public void ANewRegistryCreatesItsFolderAndUsesWriteAheadLogging()
    {
        var location = _folder.File("nested/models/registry.db");

        using (var registry = Open(location))
        {
            registry.Register(Samples.Model());
        }

        using var connection = new SqliteConnection($"Data Source={location};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void ARegistryLockedByAnotherWriterFailsWithLockedAfterTheTimeout()
    {
        var location = NewLocation();
        using var registry = Open(location, lockTimeout: TimeSpan.FromSeconds(1));
        using var holder = new SqliteConnection($"Data Source={location};Pooling=False");
        holder.Open();
        using var exclusive = holder.CreateCommand();
        exclusive.CommandText = "BEGIN EXCLUSIVE";
        exclusive.ExecuteNonQuery();

        var error = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model()));

        Assert.Equal(RegistryError.Locked, error.Error);
        Assert.StartsWith($"The registry {location} is locked by another process for more than 1 s, so this process could not register a version of 'churn';", error.Message);
        Assert.IsType<SqliteException>(error.InnerException);
    }

    [Fact]
    public void AFileOfRandomBytesIsReportedAsNotADatabase()
    {
        var location = _folder.File("registry.db");
        File.WriteAllBytes(location, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251)).ToArray());

        var error = Assert.Throws<RegistryException>(() => Open(location));

        Assert.Equal(RegistryError.Corrupt, error.Error);
        Assert.StartsWith($"The registry {location} is not a SQLite database or is damaged (", error.Message);
        Assert.EndsWith("); move it away (a new registry is created in its place) or point --registry at the right file.", error.Message);
    }

    [Fact]
    public void TheDatabaseOfAnotherApplicationIsNotTakenOver()
    {
        var location = _folder.File("app.db");
        using (var other = new SqliteConnection($"Data Source={location};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY)";
            create.ExecuteNonQuery();
        }

        var error = Assert.Throws<RegistryException>(() => Open(location));

        Assert.Equal(RegistryError.Corrupt, error.Error);
        Assert.Equal(
            $"The registry {location} is a database of another application (it has tables but no registry schema); move it away or point --registry at the registry file.",
            error.Message);
    }

    [Fact]
    public void AFolderIsNotARegistry()
    {
        var error = Assert.Throws<RegistryException>(() => Open(_folder.Path));

        Assert.Equal(RegistryError.InvalidInput, error.Error);
        Assert.Equal($"The registry {_folder.Path} is a folder; pass the path of a SQLite file, e.g. {_folder.File("registry.db")}.", error.Message);
    }
}
