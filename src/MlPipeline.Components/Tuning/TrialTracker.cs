using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Lineage;
using MlPipeline.Components.Registry;
using MlPipeline.Registry;
using MlPipeline.Training.Tuning;

namespace MlPipeline.Components.Tuning;

/// <summary>Counts finished trials on the progress display and records each in the registry's tracking, from whichever trial thread finishes it.</summary>
internal sealed class TrialTracker(ITune build, StudyIdentity study, GitRevision revision, IProgressTask progress) : IProgress<Trial>
{
    private readonly Lock _lock = new();
    private readonly IReadOnlyDictionary<string, string> _machine = MachineInfo.Current().ToDictionary();

    public void Report(Trial trial)
    {
        if (trial.State == TrialState.Running)
        {
            return;
        }

        var ended = build.Time.GetUtcNow();
        var metrics = new Dictionary<string, double> { ["trial"] = trial.Number, ["last_round"] = trial.LastStep };
        if (trial.Value is { } value)
        {
            metrics["validation_loss"] = value;
        }

        var parameters = trial.Values.ToDictionary(v => v.Key, v => v.Value.Choice ?? v.Value.Number.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        parameters["state"] = trial.State.ToString().ToLowerInvariant();
        parameters["study"] = study.Study;
        parameters["sampler"] = study.Sampler;
        lock (_lock)
        {
            RunTracking.Record(build, new RunRecord(
                RunKinds.TuneTrial, study.Study, parameters, metrics, study.DataHash, revision.Commit, revision.Dirty,
                ended - trial.Duration, ended, _machine, new Dictionary<string, string>(),
                new Dictionary<string, string> { ["trials"] = ArtifactPaths.Tuning.Trials(build).RelativeTo(build.RootDirectory) }));
            progress.Increment();
        }
    }
}
