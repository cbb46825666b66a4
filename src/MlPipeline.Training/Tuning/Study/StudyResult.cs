namespace MlPipeline.Training.Tuning.Study;

/// <summary>The trials of a study, by number, and the best completed one.</summary>
public sealed record StudyResult(IReadOnlyList<Trial> Trials, Trial Best)
{
    /// <summary>The best is the completed trial with the lowest value; of equal values, the lower number.</summary>
    /// <exception cref="StudyException">No trial completed.</exception>
    internal static StudyResult Of(IReadOnlyList<Trial> trials)
    {
        var ordered = trials.OrderBy(t => t.Number).ToList();
        var best = ordered
            .Where(t => t.State == TrialState.Completed)
            .OrderBy(t => t.Value)
            .ThenBy(t => t.Number)
            .FirstOrDefault();
        return new StudyResult(ordered, best ?? throw NoneCompleted(ordered));
    }

    private static StudyException NoneCompleted(List<Trial> trials)
    {
        if (trials.Count == 0)
        {
            return new StudyException("The study ran no trial: raise the trial budget or the timeout.");
        }

        var counts = string.Join(", ", trials.GroupBy(t => t.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        var firstFailure = trials.FirstOrDefault(t => t.State == TrialState.Failed);
        var hint = firstFailure is null
            ? "Loosen the pruner (a larger MinResource) or raise the trial budget or the timeout."
            : $"Trial {firstFailure.Number} failed with: {firstFailure.Error} Fix that and run again; the study resumes from its storage.";
        return new StudyException($"The study ended with no completed trial ({counts} of {trials.Count}). {hint}");
    }
}
