using System.Globalization;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Lineage;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Training;
using MlPipeline.Registry;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;
using MlPipeline.Training.Tuning.Samplers;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Components.Tuning;

/// <summary>What <see cref="ITune.Tune"/> does.</summary>
internal sealed class TuningRun(ITune build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var best = ArtifactPaths.Tuning.Best(build);
        // Train trusts best.json; a study that is cut off must not leave the previous verdict behind. A shared study's
        // trials live in the registry, so the local file is only its copy and starts empty.
        AbsolutePath[] stale = build.Study is null ? [best] : [best, ArtifactPaths.Tuning.Trials(build)];
        foreach (var file in stale.Where(f => f.Exists))
        {
            File.Delete(file);
        }

        var data = PreparedDataset.Load(build);
        var train = data.Encode(data.Splits.Train);
        var validation = data.Encode(data.Splits.Validation);
        var baseline = TrainerSettings.From(build);
        var space = build.TuningSpace;
        SearchSpaceRules.Check(space);
        var identity = new StudyIdentity(
            RegistryAccess.ModelName(build), data.Splits.DataHash, build.Sampler.ToString().ToLowerInvariant(), build.Seed,
            build.Pruner == PrunerKind.None ? "none" : $"halving {build.PrunerMinRounds}/{build.PrunerReductionFactor}",
            SearchSpaceText.Of(space), RunTracking.ParametersOf(baseline.Trainer.Name, baseline.AllValues).Aggregate("", (text, p) => text + $"{p.Key}={p.Value};"));
        using var shared = build.Study is null ? null : SharedStudy.Open(build, identity);
        var resumed = shared is null ? StartOrResume(identity) : shared.Storage.Load().Count;

        var revision = await GitRevision.ReadAsync(build.RootDirectory, cancellation);
        using var progress = build.Progress.Start("Tuning trials", build.Trials);
        var tracker = new TrialTracker(build, identity, revision, progress);
        Directory.CreateDirectory(ArtifactPaths.Tuning.Folder(build));
        var local = new JsonLinesStudyStorage(ArtifactPaths.Tuning.Trials(build));
        var runner = new StudyRunner(Sampler(space), Pruner(), shared?.Storage ?? local,
            new StudyOptions(build.Trials, build.TuneTimeout, build.TuneParallelism, build.Seed) { Threads = Math.Max(build.Nthread, build.TuneParallelism), StaleAfter = build.StudyStaleAfter });
        var result = await runner.RunAsync(space, new TrainerTrialObjective(baseline.Trainer, data.Task, train, validation, baseline.Parameters, baseline.Run.EarlyStoppingRounds).ForStudy(), tracker, cancellation);

        if (shared is not null)
        {
            // The study as this process saw it at the end; the last process to finish sees all of it.
            foreach (var trial in result.Trials)
            {
                local.Save(trial);
            }
        }

        local.Compact();
        var completed = result.Trials.Count(t => t.State == TrialState.Completed);
        var pruned = result.Trials.Count(t => t.State == TrialState.Pruned);
        var metric = "validation " + baseline.Trainer.ValidationMetric(data.Task.Kind);
        ArtifactJson.Write(best, new BestTrial(
            identity.Study, identity.Sampler, result.Best.Number, metric, result.Best.Value!.Value,
            result.Best.Values.ToDictionary(v => v.Key, v => v.Value.Number), completed, pruned, build.Time.GetUtcNow(), baseline.Trainer.Name));
        build.Log.Information(TrialTable.Render(result.Trials, metric)
            + $"\n{(resumed > 0 ? $"Resumed a study of {resumed} trials; " : "")}{result.Trials.Count} trials ({completed} completed, {pruned} pruned, "
            + $"{result.Trials.Count(t => t.State == TrialState.Failed)} failed). Best: trial {result.Best.Number}, {metric} "
            + $"{result.Best.Value.Value.ToString("0.#####", CultureInfo.InvariantCulture)}; written to {best.RelativeTo(build.RootDirectory)}, which Train now uses.");
    }

    private int StartOrResume(StudyIdentity identity)
    {
        var trials = ArtifactPaths.Tuning.Trials(build);
        var study = ArtifactPaths.Tuning.Study(build);
        if (trials.Exists && study.Exists && ArtifactJson.Read<StudyIdentity>(study, "Tune") == identity)
        {
            return new JsonLinesStudyStorage(trials).Load().Count;
        }

        if (trials.Exists)
        {
            build.Log.Information($"Starting a new study: the data, search space, sampler, seed, pruner or base parameters changed since {trials.RelativeTo(build.RootDirectory)} was written.");
            File.Delete(trials);
        }

        ArtifactJson.Write(study, identity);
        return 0;
    }

    private ISampler Sampler(SearchSpace space) => build.Sampler switch
    {
        SamplerKind.Random => new RandomSampler(build.Seed),
        SamplerKind.Grid => new GridSampler(space, build.GridPoints, build.Seed),
        _ => new TpeSampler(build.Seed),
    };

    private IPruner Pruner() => build.Pruner == PrunerKind.None
        ? new NoPruner()
        : new SuccessiveHalvingPruner(new PrunerOptions(build.PrunerMinRounds, build.PrunerReductionFactor));
}
