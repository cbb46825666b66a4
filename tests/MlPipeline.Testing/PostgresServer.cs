using System.Diagnostics;
using Npgsql;

namespace MlPipeline.Testing;

/// <summary>
/// A real PostgreSQL 15 server for the tests and the registry benchmark: a new cluster in a temporary folder, listening on 127.0.0.1 at a free
/// port (its socket in that folder too), stopped and deleted at the end. Run as the postgres user when the tests run as root.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";

    private readonly string _root;
    private readonly string _data;

    public PostgresServer()
    {
        if (!File.Exists(Path.Combine(Binaries, "initdb")) || !File.Exists(Path.Combine(Binaries, "pg_ctl")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 is not installed ({Binaries}/initdb is missing), and the registry tests run against a real server: apt-get install postgresql (Debian 12).");
        }

        _root = Directory.CreateTempSubdirectory("mlpipeline-pg-").FullName;
        _data = Path.Combine(_root, "data");
        var sockets = Directory.CreateDirectory(Path.Combine(_root, "sockets")).FullName;
        if (Environment.UserName == "root")
        {
            Run("chown", "-R", "postgres:postgres", _root);
        }

        RunAsServerUser(Path.Combine(Binaries, "initdb"), "-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
        Port = FreePort.Next();
        RunAsServerUser(Path.Combine(Binaries, "pg_ctl"), "-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {sockets} -c fsync=off -c max_connections=200", "start");
    }

    public int Port { get; }

    /// <summary>A connection string to a new, empty database of its own.</summary>
    public string CreateDatabase()
    {
        var name = "registry_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres";

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        RunAsServerUser(Path.Combine(Binaries, "pg_ctl"), "-D", _data, "-m", "fast", "-w", "stop");
        Directory.Delete(_root, recursive: true);
    }

    // initdb and the server refuse to run as root.
    private static void RunAsServerUser(string program, params string[] arguments)
    {
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` failed: {output.Result}{error.Result}");
        }
    }
}
