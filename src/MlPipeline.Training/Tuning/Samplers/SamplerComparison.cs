namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>Runs a sampler against an objective, one trial at a time, to compare samplers in benchmarks.</summary>
public static class SamplerComparison
{
    /// <summary>
    /// The number of trials (1-based) after which the best value is at most <paramref name="target"/>, or
    /// <paramref name="maxTrials"/> + 1 when it is not reached within <paramref name="maxTrials"/>. Each finished trial is
    /// fed back to the sampler as history.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTrials"/> is below 1.</exception>
    public static int TrialsToReach(
        ISampler sampler,
        SearchSpace space,
        Func<IReadOnlyDictionary<string, TrialValue>, double> objective,
        double target,
        int maxTrials)
    {
        var trials = Run(sampler, space, objective, maxTrials, stopAt: target);
        return trials.Count > 0 && trials[^1].Value <= target ? trials.Count : maxTrials + 1;
    }

    /// <summary>The lowest value found in <paramref name="trials"/> trials: the target random search sets for TPE.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trials"/> is below 1.</exception>
    public static double BestValue(
        ISampler sampler,
        SearchSpace space,
        Func<IReadOnlyDictionary<string, TrialValue>, double> objective,
        int trials) =>
        Run(sampler, space, objective, trials, stopAt: double.NegativeInfinity).Min(trial => trial.Value!.Value);

    private static List<Trial> Run(
        ISampler sampler,
        SearchSpace space,
        Func<IReadOnlyDictionary<string, TrialValue>, double> objective,
        int maxTrials,
        double stopAt)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTrials, 1);
        var history = new List<Trial>(maxTrials);
        var noSteps = new Dictionary<int, double>();
        for (var number = 0; number < maxTrials; number++)
        {
            var values = sampler.Sample(space, number, history);
            var value = objective(values);
            history.Add(new Trial(number, values, TrialState.Completed, value, noSteps, 0, TimeSpan.Zero));
            if (value <= stopAt)
            {
                break;
            }
        }

        return history;
    }
}
