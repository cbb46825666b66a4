using System.Security.Cryptography;
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
        var chosen = (build.ModelVersion ?? ApprovedVersion(name)) is { } number
            ? registry.Get(name, number) ?? throw new InvalidOperationException(
                $"{name} has no version {number} in {RegistryAccess.Display(build)}; ./build.sh Models lists the versions there are.")
            : PrimaryMetric.Best(registry.List(name).Where(v => v.State is ModelState.Passed or ModelState.Approved))
                ?? throw new InvalidOperationException(
                    $"{name} has no Passed version to promote in {RegistryAccess.Display(build)}; register one with ./build.sh Register, or name one with --model-version N.");

        if (build.FromBaseline)
        {
            CheckApproved(chosen);
        }

        var actor = RegistryAccess.Actor(build);
        var deployed = Deploy(registry, chosen, () => registry.Promote(name, chosen.Version, actor, build.Reason ?? $"promoted by {actor}"));
        build.Log.Information(
            $"{name} version {deployed.Version} is deployed; {ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} now judges candidates against it. Commit models/ to make it the team's baseline.");
    }

    /// <summary>
    /// Writes the baseline of the version this build registered, leaving the registry as it is: the files go into a pull
    /// request, and only its merge (a person's approval) leads to <see cref="Promote"/> with --from-baseline.
    /// </summary>
    public void Propose()
    {
        var registration = ArtifactJson.Read<RegistrationRecord>(ArtifactPaths.Model.Registration(build), "Register");
        using var registry = RegistryAccess.Open(build);
        var version = registry.Get(registration.ModelName, registration.Version) ?? throw new InvalidOperationException(
            $"{ArtifactPaths.Model.Registration(build).RelativeTo(build.RootDirectory)} names version {registration.Version} of {registration.ModelName}, which "
            + $"{RegistryAccess.Display(build)} does not have: Register wrote it to another registry. Run Register and ProposePromotion with the same --registry.");
        if (version.State is not (ModelState.Passed or ModelState.Approved))
        {
            throw new InvalidOperationException(
                $"{registration.ModelName} version {version.Version} is {version.State}, so it is not proposed for promotion; ./build.sh Models --model-version {version.Version} says why.");
        }

        var (summary, predictions) = Score(version, registry);
        BaselineFiles.Write(build, summary, predictions);
        build.Log.Information(
            $"{ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} now proposes {registration.ModelName} version {version.Version} "
            + $"(not deployed): commit it through a pull request, and after the merge run ./build.sh Promote --from-baseline.");
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
        var baseline = Score(version, registry);
        var deployed = change();
        BaselineFiles.Write(build, baseline.Summary, baseline.Predictions);
        return deployed;
    }

    private (Baseline Summary, BaselinePredictions Predictions) Score(ModelVersion version, IModelRegistry registry)
    {
        try
        {
            return BaselineOf(version, registry);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"Version {version.Version} of {version.ModelName} cannot be scored on the benchmark rows, so the registry and "
                + $"{ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} are unchanged. {exception.Message}",
                exception);
        }
    }

    /// <summary>With --from-baseline: the version the committed baseline names.</summary>
    private int? ApprovedVersion(string name)
    {
        if (!build.FromBaseline)
        {
            return null;
        }

        var approved = BaselineFiles.Read(build)?.Summary ?? throw new InvalidOperationException(
            $"--from-baseline deploys the version {ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} names, but there is none. "
            + "Propose a version with ./build.sh ProposePromotion and commit models/, or name one with --model-version N.");
        if (approved.ModelName != name)
        {
            throw new InvalidOperationException(
                $"{ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} approves a version of {approved.ModelName}, not of {name}. "
                + $"Run with --model-name {approved.ModelName}.");
        }

        return approved.ModelVersion;
    }

    /// <summary>
    /// The registry's version must be the model the baseline approved, and a model trained in this build must be it too:
    /// otherwise the release would ship something nobody reviewed.
    /// </summary>
    private void CheckApproved(ModelVersion chosen)
    {
        var approved = BaselineFiles.Read(build)!.Value.Summary;
        if (approved.ModelSha256 != chosen.ModelSha256)
        {
            throw new InvalidOperationException(
                $"{ArtifactPaths.Baseline.Summary(build).RelativeTo(build.RootDirectory)} approves model sha256 {approved.ModelSha256[..12]}… as version {chosen.Version}, "
                + $"but the registry's version {chosen.Version} is sha256 {chosen.ModelSha256[..12]}…: the baseline was proposed from another registry. Nothing was deployed.");
        }

        var trained = ArtifactPaths.Model.File(build);
        if (trained.Exists && Sha256Of(trained) is var sha && sha != approved.ModelSha256)
        {
            throw new InvalidOperationException(
                $"This build's {trained.RelativeTo(build.RootDirectory)} (sha256 {sha[..12]}…) is not the approved version {chosen.Version} (sha256 {approved.ModelSha256[..12]}…): "
                + "the data or parameters at this commit differ from the ones the proposal was trained with. Nothing was deployed; retrain and propose again.");
        }
    }

    private static string Sha256Of(AbsolutePath file) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));

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
