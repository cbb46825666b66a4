namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The finished trials divided, as Optuna does, into the good (the lowest gamma(n)) and the rest.</summary>
/// <remarks>
/// Completed trials rank by their value. Pruned trials rank after every completed one, those that reached a later step
/// first, then by their last intermediate value, so a pruned trial is good only when too few trials completed.
/// Failed trials are left out; running ones count as bad under the constant liar. Both lists are in trial order,
/// which the estimators' weights (older trials weigh less) rely on.
/// </remarks>
internal sealed record TpeSplit(IReadOnlyList<Trial> Good, IReadOnlyList<Trial> Bad)
{
    /// <summary>Null while fewer than StartupTrials trials have finished: then the trial is drawn at random.</summary>
    public static TpeSplit? Of(IReadOnlyList<Trial> history, int trialNumber, TpeOptions options)
    {
        var others = history.Where(trial => trial.Number != trialNumber).ToList();
        var completed = others
            .Where(trial => trial.State == TrialState.Completed && trial.Value is { } value && !double.IsNaN(value))
            .OrderBy(trial => trial.Value!.Value)
            .ThenBy(trial => trial.Number);
        var pruned = others
            .Where(trial => trial.State == TrialState.Pruned)
            .Select(trial => (Trial: trial, Rank: PrunedRank(trial)))
            .OrderBy(pair => pair.Rank.Step)
            .ThenBy(pair => pair.Rank.Value)
            .ThenBy(pair => pair.Trial.Number)
            .Select(pair => pair.Trial);
        var ranked = completed.Concat(pruned).ToList();
        if (ranked.Count < options.StartupTrials)
        {
            return null;
        }

        var goodCount = Math.Min((int)Math.Ceiling(options.GoodFraction * ranked.Count), options.MaxGood);
        var running = options.ConstantLiar ? others.Where(trial => trial.State == TrialState.Running) : [];
        return new(
            [.. ranked.Take(goodCount).OrderBy(trial => trial.Number)],
            [.. ranked.Skip(goodCount).Concat(running).OrderBy(trial => trial.Number)]);
    }

    // A later step ranks first (hence negated); a trial that reported nothing ranks after all that did.
    private static (int Step, double Value) PrunedRank(Trial trial)
    {
        if (trial.Intermediate.Count == 0)
        {
            return (1, 0);
        }

        var last = trial.Intermediate.Keys.Max();
        var value = trial.Intermediate[last];
        return (-last, double.IsNaN(value) ? double.PositiveInfinity : value);
    }
}
