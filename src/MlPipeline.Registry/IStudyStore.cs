namespace MlPipeline.Registry;

/// <summary>
/// The trials of tuning studies, kept in the registry so several processes, on one machine or many, tune one study
/// without running a trial twice (see <see cref="IModelRegistry.Studies"/>). The registry does not read a trial's json;
/// it keeps its state in a column of its own so a query can count a study's trials by state.
/// Every write is one transaction; every method throws <see cref="RegistryException"/> for any failure.
/// </summary>
public interface IStudyStore
{
    /// <summary>
    /// The next trial number of <paramref name="study"/>: 0 for a new study, then 1, 2, …; never handed out twice,
    /// whatever the number of processes reserving at once. A number whose trial is never saved is skipped.
    /// </summary>
    int ReserveTrial(string study);

    /// <summary>Inserts the trial, or replaces the one saved with its number.</summary>
    /// <param name="number">A number <see cref="ReserveTrial"/> has handed out for this study.</param>
    /// <param name="state">The trial's state as the tuner spells it (e.g. "running", "completed").</param>
    /// <param name="json">The whole trial, stored and returned as it is.</param>
    /// <exception cref="RegistryException"><see cref="RegistryError.InvalidInput"/> for a number never reserved, an empty state or json.</exception>
    void SaveTrial(string study, int number, string state, string json);

    /// <summary>
    /// Replaces the saved trial only if its json is exactly <paramref name="expectedJson"/>, in one atomic step: of several
    /// processes replacing the same json at once, one succeeds. How a tuner takes over the trial of a worker that died.
    /// </summary>
    /// <returns>False, changing nothing, when the trial holds other json or was never saved.</returns>
    bool ReplaceTrial(string study, int number, string expectedJson, string state, string json);

    /// <summary>The json of every saved trial of <paramref name="study"/>, by number; empty for an unknown study.</summary>
    IReadOnlyList<string> LoadTrials(string study);
}
