using System.Globalization;
using System.Text;
using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>What <see cref="IModels.Models"/> does.</summary>
internal sealed class ModelListing(IModels build)
{
    public void Run()
    {
        var name = RegistryAccess.ModelName(build);
        using var registry = RegistryAccess.Open(build);
        if (build.DeployedAt is { } text)
        {
            var time = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw new ArgumentException($"--deployed-at \"{text}\" is not a time; write it in ISO 8601, e.g. 2026-12-01T10:00Z.");
            var deployed = registry.DeployedAt(name, time);
            build.Log.Information(deployed is null
                ? $"No version of {name} was deployed at {time:u}."
                : $"{name} version {deployed.Version} was deployed at {time:u} ({Short(deployed.ModelSha256)}, data {Short(deployed.DataHash)}, commit {Commit(deployed)}).");
            return;
        }

        if (build.ModelVersion is { } number)
        {
            var version = registry.Get(name, number)
                ?? throw new InvalidOperationException($"{name} has no version {number}; ./build.sh Models lists the versions there are.");
            build.Log.Information(Details(version, registry.History(name, number)));
            return;
        }

        var versions = registry.List(name);
        build.Log.Information(versions.Count == 0
            ? $"The registry ({RegistryAccess.Display(build)}) holds no version of {name} yet; ./build.sh Register adds one."
            : Table(versions));
    }

    private static string Table(IReadOnlyList<ModelVersion> versions)
    {
        var metric = PrimaryMetric.Of(versions[^1]);
        var rows = versions.Select(v => new[]
        {
            v.Version.ToString(CultureInfo.InvariantCulture),
            v.State.ToString(),
            v.Metrics.TryGetValue(metric, out var value) ? value.ToString("0.0000", CultureInfo.InvariantCulture) : "–",
            Short(v.DataHash),
            Commit(v),
            v.Created.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }).ToList();
        rows.Insert(0, ["version", "state", metric, "data", "commit", "created"]);
        var widths = Enumerable.Range(0, 6).Select(c => rows.Max(r => r[c].Length)).ToArray();
        return string.Join('\n', rows.Select(r => string.Join("  ", r.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()));
    }

    private static string Details(ModelVersion version, IReadOnlyList<StateTransition> history)
    {
        var text = new StringBuilder()
            .AppendLine($"{version.ModelName} version {version.Version}: {version.State}")
            .AppendLine($"  model    {version.ModelSha256} ({version.ModelSize:N0} bytes)")
            .AppendLine($"  data     {version.DataHash}")
            .AppendLine($"  commit   {version.GitCommit}{(version.GitDirty ? " (with uncommitted changes)" : "")}")
            .AppendLine($"  run      {version.RunId?.ToString(CultureInfo.InvariantCulture) ?? "–"}")
            .AppendLine($"  metrics  {string.Join(", ", version.Metrics.Select(m => $"{m.Key} {m.Value.ToString("0.####", CultureInfo.InvariantCulture)}"))}")
            .AppendLine("  audit trail:");
        foreach (var step in history)
        {
            text.AppendLine($"    {step.At.ToUniversalTime():yyyy-MM-dd HH:mm:ss'Z'}  {step.From?.ToString() ?? "–"} → {step.To}  by {step.Actor}: {step.Reason}");
        }

        return text.ToString().TrimEnd();
    }

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;

    private static string Commit(ModelVersion version) => (version.GitCommit.Length > 10 ? version.GitCommit[..10] : version.GitCommit) + (version.GitDirty ? "*" : "");
}
