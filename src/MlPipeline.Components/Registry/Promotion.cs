using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Training;
using MlPipeline.Data.Splits;
using MlPipeline.Registry;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Components.Registry;

/// <summary>What <see cref="IPromote.Promote"/> and <see cref="IPromote.Rollback"/> do.</summary>
internal sealed class Promotion(IPromote build)
{
    public void Promote()
    {
        var name = RegistryAccess.ModelName(build);
        using var registry = RegistryAccess.Open(build);
        var chosen = build.ModelVersion is { } number
            ? registry.Get(name, number) ?? throw new InvalidOperationException(
                $"{name} has no version {number} in {RegistryAccess.Display(build)}; ./build.sh Models lists the versions there are.")
            : PrimaryMetric.Best(registry.List(name).Where(v => v.State is ModelState.Passed or ModelState.Approved))
                ?? throw new InvalidOperationException(
                    $"{name} has no Passed version to promote in {RegistryAccess.Display(build)}; register one with ./build.sh Register, or name one with --model-version N.");

        var actor = RegistryAccess.Actor(build);
        var deployed = Deploy(registry, chosen, () => registry.Promote(name, chosen.Version, actor, build.Reason ?? $"promoted by {actor}"));
        build.Log.Information(
            $"{name} version {deployed.Version} is deployed; {ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} now judges candidates against it. Commit models/ to make it the team's baseline.");
    }

    public void Rollback()
    {
        var name = RegistryAccess.ModelName(build);
        using var registry = RegistryAccess.Open(build);
        var actor = RegistryAccess.Actor(build);
        var current = registry.Deployed(name)
            ?? throw new InvalidOperationException($"No version of {name} is deployed in {RegistryAccess.Display(build)}, so there is nothing to roll back.");
        var restoring = registry.RollbackTarget(name);
        var restored = Deploy(registry, restoring, () => registry.Rollback(name, actor, build.Reason ?? $"rolled back by {actor}", restoring.Version));
        build.Log.Information($"{name} version {current.Version} is retired; version {restored.Version} is deployed again and is the baseline.");
    }

    /// <summary>
    /// Scores <paramref name="version"/> first, then lets <paramref name="change"/> deploy exactly that version, then
    /// writes the baseline: a model that cannot be scored on today's benchmark is never deployed, so the registry and
    /// baseline.json agree.
    /// </summary>
    private ModelVersion Deploy(IModelRegistry registry, ModelVersion version, Func<ModelVersion> change)
    {
        (Baseline Summary, BaselinePredictions Predictions) baseline;
        try
        {
            baseline = BaselineOf(version, registry);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Version {version.Version} of {version.ModelName} cannot be scored on the benchmark rows, so it was not deployed; the registry and "
                + $"{ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} are unchanged. {exception.Message}",
                exception);
        }

        var deployed = change();
        BaselineFiles.Write(build, baseline.Summary, baseline.Predictions);
        return deployed;
    }

    private (Baseline Summary, BaselinePredictions Predictions) BaselineOf(ModelVersion version, IModelRegistry registry)
    {
        var model = registry.ReadModel(version.ModelSha256);
        var data = PreparedDataset.Load(build);
        var trainer = RunTracking.TrainerOf(version.Parameters);
        var scored = ScoredBenchmark.Score(data, trainer, model, build.Nthread);
        var pin = ArtifactJson.Read<BenchmarkPin>(build.BenchmarkPinPath, "ValidateData");
        var summary = new Baseline(
            version.ModelName,
            version.Version,
            version.ModelSha256,
            data.Splits.DataHash,
            pin.RowsHash,
            MetricsFile.TaskName(data.Schema.Task),
            data.Classes,
            scored.Evaluation.Metrics.Values,
            OperationalMeasurement.Measure(trainer, model, scored.Rows, data.Task),
            PredictionsSha256: "",
            build.Time.GetUtcNow(),
            RegistryAccess.Actor(build));
        return (summary, scored.ToBaselinePredictions(data.Classes));
    }
}
