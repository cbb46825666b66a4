namespace MlPipeline.Training.Tuning.Pruning;

/// <summary>
/// Asynchronous successive halving (Li et al., "A System for Massively Parallel Hyperparameter Tuning", MLSys 2020),
/// with the promotion rule of Optuna's SuccessiveHalvingPruner: when a trial reaches a rung it goes on only if its value
/// is within the best 1/ReductionFactor of all values recorded at that rung so far, its own included, by trials running
/// or finished. It never waits for other trials, so the first trials at a rung are judged against few rivals (the very
/// first always goes on).
/// </summary>
/// <exception cref="ArgumentException">Invalid <see cref="PrunerOptions"/>.</exception>
public sealed class SuccessiveHalvingPruner : IPruner
{
    private readonly PrunerOptions _options;

    public SuccessiveHalvingPruner(PrunerOptions options)
    {
        options.Validate();
        _options = options;
    }

    /// <remarks>
    /// A trial's value at a rung is the one it reported at the first step at or after the rung, which is the step where it
    /// was judged there. A NaN there prunes. Between rungs nothing is pruned; a report that jumps several rungs is judged
    /// at each of them in turn.
    /// </remarks>
    public bool ShouldPrune(int trialNumber, int step, double value, IReadOnlyList<Trial> trials)
    {
        var previousStep = PreviousStep(trialNumber, step, trials);
        // long: the rung after the last one a large step reaches may not fit in an int.
        for (var rung = FirstRungAfter(previousStep); rung <= step; rung *= _options.ReductionFactor)
        {
            if (double.IsNaN(value) || !IsPromotable(value, RivalValuesAt(rung, trialNumber, trials)))
            {
                return true;
            }
        }

        return false;
    }

    private static int PreviousStep(int trialNumber, int step, IReadOnlyList<Trial> trials)
    {
        var previous = 0;
        foreach (var trial in trials)
        {
            if (trial.Number == trialNumber)
            {
                foreach (var reported in trial.Intermediate.Keys)
                {
                    if (reported < step && reported > previous)
                    {
                        previous = reported;
                    }
                }
            }
        }

        return previous;
    }

    private long FirstRungAfter(int previousStep)
    {
        long rung = _options.MinResource;
        while (rung <= previousStep)
        {
            rung *= _options.ReductionFactor;
        }

        return rung;
    }

    private static List<double> RivalValuesAt(long rung, int trialNumber, IReadOnlyList<Trial> trials)
    {
        var values = new List<double>();
        foreach (var trial in trials)
        {
            if (trial.Number != trialNumber && ValueAt(rung, trial) is { } value && !double.IsNaN(value))
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static double? ValueAt(long rung, Trial trial)
    {
        var firstStep = int.MaxValue;
        foreach (var reported in trial.Intermediate.Keys)
        {
            if (reported >= rung && reported < firstStep)
            {
                firstStep = reported;
            }
        }

        return firstStep == int.MaxValue ? null : trial.Intermediate[firstStep];
    }

    private bool IsPromotable(double value, List<double> rivals)
    {
        rivals.Add(value);
        rivals.Sort();
        // The k-th best of n goes on while k <= n / ReductionFactor; below ReductionFactor values only the best does.
        var cutoff = Math.Max((rivals.Count / _options.ReductionFactor) - 1, 0);
        return value <= rivals[cutoff];
    }
}
