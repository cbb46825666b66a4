using System.Text.Json;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// A study that several processes, on one machine or many, run at once, kept in a store this library does not know (the
/// model registry's studies): each trial is one json text, as <see cref="JsonLinesStudyStorage"/> writes a line, with its
/// state ("running", "completed", "pruned", "failed") beside it. The store must reserve numbers atomically across processes.
/// </summary>
/// <remarks>
/// <see cref="IsShared"/> is true, so a <see cref="StudyRunner"/> on it does not resume the trials it finds running
/// (another process may be running them); a trial whose process died stays running and counts against the budget.
/// The delegates are called from the runner's worker threads at once, so they must be thread-safe.
/// </remarks>
/// <param name="study">The study's name, for messages.</param>
/// <param name="reserve">The next trial number of the study, never handed out twice across processes.</param>
/// <param name="save">Inserts or replaces the trial numbered by the first argument: its state, then its json.</param>
/// <param name="load">The json of every saved trial of the study.</param>
public sealed class SharedStudyStorage(string study, Func<int> reserve, Action<int, string, string> save, Func<IReadOnlyList<string>> load) : IStudyStorage
{
    public bool IsShared => true;

    public int ReserveTrialNumber() => reserve();

    public void Save(Trial trial) => save(trial.Number, TrialJson.StateName(trial.State), TrialJson.Serialize(trial));

    /// <exception cref="StudyException">A json text that is not a trial, quoted.</exception>
    public IReadOnlyList<Trial> Load() => [.. load().Select(Parse).OrderBy(trial => trial.Number)];

    private Trial Parse(string json)
    {
        try
        {
            return TrialJson.Deserialize(json);
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
