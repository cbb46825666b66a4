using System.Diagnostics;
using System.Globalization;
using System.Text;
using MlPipeline.Registry;
using MlPipeline.Testing;

namespace MlPipeline.Pipeline.Benchmarks;

/// <summary>Registrations per second and listing 10,000 versions, on a SQLite file and on a real PostgreSQL server.</summary>
internal static class RegistryBenchmark
{
    private const int Versions = 10_000;
    private const int TimedRegistrations = 500;
    private const int ListRuns = 5;
    private const int ModelBytes = 20_000;

    public static string Run()
    {
        var folder = Directory.CreateTempSubdirectory("mlpipeline-registry-benchmark-");
        try
        {
            var sqlite = Measure(Path.Combine(folder.FullName, "registry.db"));
            using var server = new PostgresServer();
            var postgres = Measure(server.CreateDatabase());
            return new StringBuilder()
                .AppendLine("## Model registry: registrations and listing")
                .AppendLine()
                .AppendLine($"{TimedRegistrations} registrations timed one after another (each a transaction holding a distinct {ModelBytes / 1000} KB model, its")
                .AppendLine($"version row and two audit-trail rows), then the registry filled to {Versions:N0} versions of one model and `List` timed")
                .AppendLine($"(median of {ListRuns}). SQLite: a WAL file in a temporary folder. PostgreSQL 15: a local server on 127.0.0.1 started for the")
                .AppendLine("run (fsync off, as in the tests), reached over TCP.")
                .AppendLine()
                .AppendLine("| backend | registrations per second | list 10,000 versions, ms |")
                .AppendLine("|---|--:|--:|")
                .AppendLine($"| SQLite | {sqlite.PerSecond:N0} | {sqlite.ListMilliseconds:0} |")
                .AppendLine($"| PostgreSQL | {postgres.PerSecond:N0} | {postgres.ListMilliseconds:0} |")
                .ToString();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static (double PerSecond, double ListMilliseconds) Measure(string location)
    {
        using var registry = ModelRegistry.Open(location);
        var random = new Random(1);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < TimedRegistrations; i++)
        {
            registry.Register(Version(random));
        }

        var perSecond = TimedRegistrations / stopwatch.Elapsed.TotalSeconds;
        for (var i = TimedRegistrations; i < Versions; i++)
        {
            registry.Register(Version(random));
        }

        var listings = new List<double>();
        for (var run = 0; run < ListRuns; run++)
        {
            stopwatch.Restart();
            var listed = registry.List("benchmark");
            listings.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (listed.Count != Versions)
            {
                throw new InvalidOperationException($"The registry at {location} listed {listed.Count} versions, expected {Versions}.");
            }
        }

        return (perSecond, listings.Order().ElementAt(ListRuns / 2));
    }

    private static NewModelVersion Version(Random random)
    {
        var bytes = new byte[ModelBytes];
        random.NextBytes(bytes);
        return new NewModelVersion(
            "benchmark", bytes, RunId: null, "sha256:" + new string('0', 64), "0000000000", GitDirty: false,
            new Dictionary<string, string> { ["eta"] = "0.3", ["max_depth"] = "6" },
            new Dictionary<string, double> { ["macro_f1"] = random.NextDouble(), ["accuracy"] = random.NextDouble() },
            ModelState.Passed, "benchmark", "benchmark registration");
    }
}
