using Npgsql;
using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

/// <summary>The registry contract on a real PostgreSQL server, a fresh database per test, and its connection failures.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRegistry(PostgresServer server) : RegistryContract
{
    protected override string NewLocation() => server.CreateDatabase();

    protected override object? Sql(string location, string sql)
    {
        using var connection = new NpgsqlConnection(location);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteScalar();
    }

    [Fact]
    public void AWriterWaitingForAnotherProcessesLockFailsWithLockedAfterTheTimeout()
    {
        var location = NewLocation();
        using var registry = Open(location, lockTimeout: TimeSpan.FromSeconds(1));
        using var holder = new NpgsqlConnection(location);
        holder.Open();
        using var transaction = holder.BeginTransaction();
        using var hold = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1296846930, hashtext('churn'))", holder, transaction);
        hold.ExecuteNonQuery();

        var error = Assert.Throws<RegistryException>(() => registry.Register(Samples.Model()));

        Assert.Equal(RegistryError.Locked, error.Error);
        Assert.StartsWith("The registry PostgreSQL 127.0.0.1:", error.Message);
        Assert.Contains(" is locked by another process for more than 1 s, so this process could not register a version of 'churn';", error.Message);
    }

    [Fact]
    public void AnUnreachableServerIsNamedByHostAndPort()
    {
        var port = FreePort.Next();

        var error = Assert.Throws<RegistryException>(() => Open($"Host=127.0.0.1;Port={port};Database=registry;Username=ci;Timeout=5"));

        Assert.Equal(RegistryError.Unreachable, error.Error);
        Assert.StartsWith($"Cannot reach PostgreSQL at 127.0.0.1:{port} (database 'registry') to connect: Connection refused. Check that the server is running", error.Message);
        Assert.EndsWith($"(pg_isready -h 127.0.0.1 -p {port}), and the Host and Port of the registry connection string.", error.Message);
    }

    [Fact]
    public void AMissingDatabaseIsNamedWithHowToCreateIt()
    {
        var error = Assert.Throws<RegistryException>(() => Open(server.ConnectionString("nowhere")));

        Assert.Equal(RegistryError.Unreachable, error.Error);
        Assert.Equal(
            $"The database 'nowhere' does not exist on PostgreSQL at 127.0.0.1:{server.Port}; create it (createdb -h 127.0.0.1 -p {server.Port} nowhere) or fix Database= in the registry connection string.",
            error.Message);
    }

    [Fact]
    public void AMalformedConnectionStringIsRefusedWithTheExpectedForm()
    {
        var error = Assert.Throws<RegistryException>(() => Open("Host=127.0.0.1;Colour=blue"));

        Assert.Equal(RegistryError.InvalidInput, error.Error);
        Assert.StartsWith("The registry location is not a valid PostgreSQL connection string: ", error.Message);
        Assert.EndsWith("Use the form \"Host=db.example.com;Port=5432;Database=registry;Username=ci;Password=...\".", error.Message);
    }
}
