using System.Runtime.CompilerServices;
using System.Text.Json;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// A study that several processes, on one machine or many, run at once, kept in a store this library does not know (the
/// model registry's studies): each trial is one json text, as <see cref="JsonLinesStudyStorage"/> writes a line, with its
/// state ("running", "completed", "pruned", "failed") beside it. The store must reserve numbers atomically across processes.
/// </summary>
/// <remarks>
/// <see cref="IsShared"/> is true, so a <see cref="StudyRunner"/> on it does not resume the trials it finds running
/// (another process may be running them) until their heartbeat stops (<see cref="StudyOptions.StaleAfter"/>).
/// The delegates are called from the runner's worker threads at once, so they must be thread-safe.
/// </remarks>
/// <param name="study">The study's name, for messages.</param>
/// <param name="reserve">The next trial number of the study, never handed out twice across processes.</param>
/// <param name="save">Inserts or replaces the trial numbered by the first argument: its state, then its json.</param>
/// <param name="replace">
/// Replaces the trial numbered by the first argument only if its stored json is exactly the second, with the state and
/// json that follow, atomically; true when it did.
/// </param>
/// <param name="load">The json of every saved trial of the study.</param>
public sealed class SharedStudyStorage(
    string study,
    Func<int> reserve,
    Action<int, string, string> save,
    Func<int, string, string, string, bool> replace,
    Func<IReadOnlyList<string>> load) : IStudyStorage
{
    // The exact text each trial object was stored as, so a conditional save compares what the store holds byte for byte
    // instead of trusting a second serialisation to come out the same.
    private readonly ConditionalWeakTable<Trial, string> _stored = [];

    public bool IsShared => true;

    public int ReserveTrialNumber() => reserve();

    public void Save(Trial trial)
    {
        var json = TrialJson.Serialize(trial);
        save(trial.Number, TrialJson.StateName(trial.State), json);
        _stored.AddOrUpdate(trial, json);
    }

    public bool TrySave(Trial previous, Trial trial)
    {
        var expected = _stored.TryGetValue(previous, out var text) ? text : TrialJson.Serialize(previous);
        var json = TrialJson.Serialize(trial);
        if (!replace(trial.Number, expected, TrialJson.StateName(trial.State), json))
        {
            return false;
        }

        _stored.AddOrUpdate(trial, json);
        return true;
    }

    /// <exception cref="StudyException">A json text that is not a trial, quoted.</exception>
    public IReadOnlyList<Trial> Load() => [.. load().Select(Parse).OrderBy(trial => trial.Number)];

    private Trial Parse(string json)
    {
        try
        {
            var trial = TrialJson.Deserialize(json);
            _stored.AddOrUpdate(trial, json);
            return trial;
        }
        catch (JsonException error)
        {
            var quoted = json.Length <= 200 ? json : json[..200] + "…";
            throw new StudyException(
                $"The shared study '{study}' holds a trial that is not one ({error.Message}): {quoted}. Only the tuner writes its trials: "
                + "delete that trial from the store, or tune under another study name.",
                error);
        }
    }
}
