using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Lineage;
using MlPipeline.Components.Registry;
using MlPipeline.Registry;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Components.Training;

/// <summary>What <see cref="IEvaluate.Evaluate"/> does.</summary>
internal sealed class EvaluationRun(IEvaluate build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var started = build.Time.GetUtcNow();
        var data = PreparedDataset.Load(build);
        var benchmark = data.Encode(data.Splits.Benchmark);
        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var trainer = TrainerCatalog.Named(lineage.Provenance.Trainer);
        using var model = trainer.Load(File.ReadAllBytes(ArtifactPaths.Model.File(build, trainer)), data.Task, build.Nthread);
        var evaluation = ModelEvaluator.Evaluate(model, benchmark, data.Task);
        var options = BootstrapOptions.Default with { Replicates = build.BootstrapReplicates };
        var intervals = data.Task.Kind == TaskKind.Regression
            ? BootstrapIntervals.Compute(benchmark.Labels, evaluation.Outputs, options)
            : BootstrapIntervals.Compute(ModelEvaluator.ClassIndices(benchmark.Labels), evaluation.Outputs, data.Task.ClassCount, options);

        MetricsFile.Write(ArtifactPaths.Model.Metrics(build), data.Schema.Task, evaluation.Metrics, intervals, data.Classes);
        PredictionsFile.Write(ArtifactPaths.Model.Predictions(build), benchmark, evaluation.Outputs, data.Classes);
        var importance = FeatureImportance.MeanAbsoluteShap(model, benchmark, build.Nthread);
        ArtifactJson.Write(ArtifactPaths.Model.Importance(build), importance is null
            ? new ImportanceReport($"none: {trainer.Name} models have no SHAP contributions", [])
            : new ImportanceReport("mean_abs_shap", importance.Select(p => new FeatureWeight(p.Key, p.Value)).ToArray()));

        var runId = await RecordAsync(data, lineage, evaluation.Metrics.Values, started, cancellation);
        build.Log.Information($"Benchmark metrics ({benchmark.RowCount} rows, {options.Replicates} bootstrap resamples):\n{MetricsTable.Render(evaluation.Metrics, intervals)}");
        build.Log.Information(
            (importance is null ? $"No feature importance for a {trainer.Name} model (SHAP needs XGBoost)" : "Most important features (mean |SHAP|): " + string.Join(", ", importance.Take(5).Select(p => $"{p.Key} {p.Value:0.###}")))
            + $"; run {runId} recorded in {RegistryAccess.Display(build)}.");
    }

    /// <summary>The evaluation as a run of its own: the trained model's provenance, judged on today's data, code and machine.</summary>
    private async Task<long> RecordAsync(PreparedDataset data, TrainingLineage lineage, IReadOnlyDictionary<string, double> metrics, DateTimeOffset started, CancellationToken cancellation)
    {
        var run = lineage.Provenance with
        {
            DataHash = data.Splits.DataHash,
            Git = await GitRevision.ReadAsync(build.RootDirectory, cancellation),
            Machine = MachineInfo.Current(),
            Started = started,
            Ended = build.Time.GetUtcNow(),
        };
        return RunTracking.Record(build, run.ToRun(
            RunKinds.Evaluate,
            RegistryAccess.ModelName(build),
            metrics,
            new Dictionary<string, string>
            {
                ["model"] = ArtifactPaths.Model.File(build).RelativeTo(build.RootDirectory),
                ["metrics"] = ArtifactPaths.Model.Metrics(build).RelativeTo(build.RootDirectory),
                ["predictions"] = ArtifactPaths.Model.Predictions(build).RelativeTo(build.RootDirectory),
            }));
    }
}
