using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Training;
using MlPipeline.Reporting.Content;
using MlPipeline.Training.Gates;

namespace MlPipeline.Components.Reporting;

/// <summary>Fills the report from the artifacts the other targets wrote; an optional one that is missing becomes a reason.</summary>
internal sealed partial class ReportSources(IReport build)
{
    private readonly Dictionary<ReportPart, string> _absent = [];

    public ReportContent Read()
    {
        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var metrics = ArtifactJson.Read<MetricsDocument>(ArtifactPaths.Model.Metrics(build), "Evaluate");
        var regression = metrics.Task == "regression";
        var name = RegistryAccess.ModelName(build);
        var registration = Registration(lineage);
        var predictions = Predictions(metrics);
        return new ReportContent(
            new ModelIdentity(name, registration?.Version, registration?.State, lineage.Provenance.Trainer, lineage.Provenance.ModelSha256, lineage.Provenance.DataHash, Commit(lineage)),
            metrics.Task,
            regression ? MlPipeline.Training.Metrics.MetricNames.Rmse : MlPipeline.Training.Metrics.MetricNames.MacroF1,
            [.. metrics.Metrics.Select(m => new MetricEstimate(m.Key, m.Value, metrics.Intervals?.GetValueOrDefault(m.Key)?.Low, metrics.Intervals?.GetValueOrDefault(m.Key)?.High))],
            Gates(),
            metrics is { Classes: { } classes, ConfusionMatrix: { } matrix } ? new ConfusionTable(classes, matrix) : null,
            regression ? null : predictions.Classified,
            regression ? predictions.Regressed : null,
            Importance(),
            History(name),
            Trials(),
            Drift(),
            _absent,
            build.Time.GetUtcNow());
    }

    private GateSummary? Gates()
    {
        var path = ArtifactPaths.Model.Gate(build);
        if (!path.Exists)
        {
            _absent[ReportPart.Gates] = "RegressionTest did not run (artifacts/model/gate.json is missing)";
            return null;
        }

        var report = ArtifactJson.Read<GateReport>(path, "RegressionTest");
        return new GateSummary(report.Passed, report.HasBaseline, report.ConfidenceLevel, [.. report.Verdicts.Select(v => new GateOutcome(
            v.Gate, v.Metric, Lower(v.State), v.Candidate, v.Baseline, v.Delta, v.DeltaLow, v.DeltaHigh, v.Message))]);
    }

    /// <summary>This model's registration only: a registration.json left by an earlier model names another file.</summary>
    private RegistrationRecord? Registration(TrainingLineage lineage)
    {
        var path = ArtifactPaths.Model.Registration(build);
        var record = path.Exists ? ArtifactJson.Read<RegistrationRecord>(path, "Register") : null;
        return record is not null && Hex(record.ModelSha256) == Hex(lineage.Provenance.ModelSha256) ? record : null;
    }

    private static string Hex(string sha256) => sha256.StartsWith("sha256:", StringComparison.Ordinal) ? sha256["sha256:".Length..] : sha256;

    private static string? Commit(TrainingLineage lineage) => lineage.Provenance.Git is { Commit: var commit, Dirty: var dirty } && commit != "unknown"
        ? commit[..Math.Min(10, commit.Length)] + (dirty ? " (dirty)" : "")
        : null;

    private static string Lower(GateState state) => state.ToString().ToLowerInvariant();
}
