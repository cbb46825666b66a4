using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Registry;
using MlPipeline.Data.Drift;
using MlPipeline.Registry;
using MlPipeline.Reporting.Content;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Components.Reporting;

internal sealed partial class ReportSources
{
    private IReadOnlyList<VersionMetrics> History(string name)
    {
        // Reading must not create a SQLite registry that no build has written to yet.
        if (!ModelRegistry.IsConnectionString(build.Registry) && !File.Exists(RegistryAccess.Location(build)))
        {
            _absent[ReportPart.History] = $"there is no registry at {build.Registry} yet (Register adds the first version)";
            return [];
        }

        using var registry = RegistryAccess.Open(build);
        return [.. registry.List(name).Select(v => new VersionMetrics(v.Version, v.State.ToString().ToLowerInvariant(), v.Metrics))];
    }

    private IReadOnlyList<TrialOutcome> Trials()
    {
        var path = ArtifactPaths.Tuning.Trials(build);
        if (!path.Exists)
        {
            _absent[ReportPart.Tuning] = "no Tune run (artifacts/tuning/trials.jsonl is missing)";
            return [];
        }

        return [.. new JsonLinesStudyStorage(path).Load().Select(t => new TrialOutcome(t.Number, t.State.ToString().ToLowerInvariant(), t.Value))];
    }

    private IReadOnlyList<ColumnDriftScore> Drift()
    {
        var path = ArtifactPaths.Data.Drift(build);
        if (!path.Exists)
        {
            _absent[ReportPart.Drift] = "no DetectDrift run (artifacts/data/drift.json is missing)";
            return [];
        }

        var report = ArtifactJson.Read<DriftReport>(path, "DetectDrift");
        return [.. report.Columns.Select(c => new ColumnDriftScore(c.Name, c.Method, c.Score, c.Threshold, c.Drifted))];
    }
}
