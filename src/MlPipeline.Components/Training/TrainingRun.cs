using System.Security.Cryptography;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Lineage;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Tuning;
using MlPipeline.Foundation.Files;
using MlPipeline.Registry;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Features;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Training;

/// <summary>What <see cref="ITrain.Train"/> does.</summary>
internal sealed class TrainingRun(ITrain build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var started = build.Time.GetUtcNow();
        var (settings, tuned) = TunedParameters.Apply(build, TrainerSettings.From(build));
        if (tuned is not null)
        {
            build.Log.Information(tuned);
        }

        var trainer = settings.Trainer;
        var data = PreparedDataset.Load(build);
        var train = data.Encode(data.Splits.Train);
        var validation = data.Encode(data.Splits.Validation);

        var model = await Task.Run(() => Fit(data, train, validation, settings, cancellation), cancellation);
        AtomicFile.Write(ArtifactPaths.Model.File(build, trainer), stream => stream.Write(model.Model));
        // One model in the folder: Evaluate, ExportOnnx and Register must not find another trainer's older file.
        foreach (var other in TrainerCatalog.All.Select(t => ArtifactPaths.Model.File(build, t)).Where(p => p != ArtifactPaths.Model.File(build, trainer) && p.Exists))
        {
            File.Delete(other);
        }

        using var scorer = trainer.Load(model.Model, data.Task, settings.Run.Threads);
        var evaluation = ModelEvaluator.Evaluate(scorer, validation, data.Task);

        var provenance = new Provenance(
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(model.Model)),
            data.Splits.DataHash,
            build.Dataset.RelativeTo(build.RootDirectory),
            build.SchemaPath.RelativeTo(build.RootDirectory),
            await GitRevision.ReadAsync(build.RootDirectory, cancellation),
            trainer.Name,
            settings.AllValues,
            new Dictionary<string, string>(trainer.Libraries) { ["dotnet"] = Environment.Version.ToString() },
            MachineInfo.Current(),
            started,
            build.Time.GetUtcNow());
        var metrics = evaluation.Metrics.Values.ToDictionary(p => "validation_" + p.Key, p => p.Value);
        metrics["best_iteration"] = model.BestIteration;
        var runId = RunTracking.Record(build, provenance.ToRun(
            RunKinds.Train,
            RegistryAccess.ModelName(build),
            metrics,
            new Dictionary<string, string> { ["model"] = ArtifactPaths.Model.File(build, trainer).RelativeTo(build.RootDirectory), ["dataset"] = provenance.Dataset }));
        var lineage = new TrainingLineage(
            provenance,
            MetricsFile.TaskName(data.Schema.Task),
            data.Classes,
            train.FeatureNames,
            train.RowCount,
            validation.RowCount,
            model.RoundsTrained,
            model.BestIteration,
            model.Metric,
            model.ValidationValue,
            runId);
        ArtifactJson.Write(ArtifactPaths.Model.Lineage(build), lineage);

        build.Log.Information(
            $"Trained {trainer.Name} {model.RoundsTrained} rounds on {train.RowCount} rows; kept {model.BestIteration + 1} (best validation {model.Metric} {model.ValidationValue:0.#####}). "
            + $"Model {provenance.ModelSha256[..19]}… written to {ArtifactPaths.Model.File(build, trainer).RelativeTo(build.RootDirectory)}; run {runId} recorded in {RegistryAccess.Display(build)}.");
        build.Log.Information($"Validation metrics ({validation.RowCount} rows):\n{MetricsTable.Render(evaluation.Metrics, intervals: null)}");
    }

    private TrainerResult Fit(PreparedDataset data, EncodedRows train, EncodedRows validation, TrainerSettings settings, CancellationToken cancellation)
    {
        using var progress = build.Progress.Start("Boosting rounds", (int)settings.AllValues[settings.Trainer.RoundsParameter]);
        return settings.Trainer.Train(
            data.Task, train, validation, settings.Parameters, settings.Run, new ProgressCallback<BoostingRound>(round => progress.Report(round.Round)), stopAfter: null, cancellation);
    }
}
