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
using MlPipeline.Training.Native;

namespace MlPipeline.Components.Training;

/// <summary>What <see cref="ITrain.Train"/> does.</summary>
internal sealed class TrainingRun(ITrain build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var started = DateTimeOffset.UtcNow;
        var (parameters, tuned) = TunedParameters.Apply(build, BoostingParameters.From(build));
        if (tuned is not null)
        {
            build.Log.Information(tuned);
        }

        parameters.Validate();
        var data = PreparedDataset.Load(build);
        var train = data.Encode(data.Splits.Train);
        var validation = data.Encode(data.Splits.Validation);

        using var model = await Task.Run(() => Fit(data, train, validation, parameters, cancellation), cancellation);
        var bytes = model.Booster.SaveJson();
        AtomicFile.Write(ModelArtifacts.Model(build), stream => stream.Write(bytes));
        var evaluation = ModelEvaluator.Evaluate(model.Booster, validation, data.Task, parameters.Nthread);

        var revision = await GitRevision.ReadAsync(build.RootDirectory, cancellation);
        var ended = DateTimeOffset.UtcNow;
        var machine = MachineInfo.Current();
        var libraries = new Dictionary<string, string> { ["xgboost"] = XGBoostLibrary.Version.ToString(), ["dotnet"] = Environment.Version.ToString() };
        var metrics = evaluation.Metrics.Values.ToDictionary(p => "validation_" + p.Key, p => p.Value);
        metrics["best_iteration"] = model.BestIteration;
        var runId = RunTracking.Record(build, new RunRecord(
            RunKinds.Train,
            RegistryAccess.ModelName(build),
            RunTracking.ParametersOf(parameters),
            metrics,
            data.Splits.DataHash,
            revision.Commit,
            revision.Dirty,
            started,
            ended,
            machine.ToDictionary(),
            libraries,
            new Dictionary<string, string> { ["model"] = ModelArtifacts.Model(build).RelativeTo(build.RootDirectory), ["dataset"] = build.Dataset.RelativeTo(build.RootDirectory) }));
        var lineage = new TrainingLineage(
            "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
            data.Splits.DataHash,
            build.Dataset.RelativeTo(build.RootDirectory),
            build.SchemaPath.RelativeTo(build.RootDirectory),
            MetricsFile.TaskName(data.Schema.Task),
            data.Classes,
            train.FeatureNames,
            parameters,
            parameters.Seed,
            parameters.Nthread,
            revision.Commit,
            revision.Dirty,
            libraries,
            machine,
            started,
            ended,
            (ended - started).TotalSeconds,
            train.RowCount,
            validation.RowCount,
            model.RoundsTrained,
            model.BestIteration,
            model.Best.Metric,
            model.Best.ValidationValue,
            runId);
        ArtifactJson.Write(ModelArtifacts.Lineage(build), lineage);

        build.Log.Information(
            $"Trained {model.RoundsTrained} rounds on {train.RowCount} rows; kept {model.BestIteration + 1} (best validation {model.Best.Metric} {model.Best.ValidationValue:0.#####}). "
            + $"Model {lineage.ModelSha256[..19]}… written to {ModelArtifacts.Model(build).RelativeTo(build.RootDirectory)}; run {runId} recorded in {RegistryAccess.Display(build)}.");
        build.Log.Information($"Validation metrics ({validation.RowCount} rows):\n{MetricsTable.Render(evaluation.Metrics, intervals: null)}");
    }

    private TrainedModel Fit(PreparedDataset data, EncodedRows train, EncodedRows validation, XGBoostParameters parameters, CancellationToken cancellation)
    {
        using var progress = build.Progress.Start("Boosting rounds", parameters.NumBoostRound);
        return XGBoostTrainer.Train(data.Task, train, validation, parameters, new ProgressCallback<BoostingRound>(round => progress.Report(round.Round)), cancellation);
    }
}
