using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>
/// The tree-structured Parzen estimator (Bergstra et al. 2011) with Optuna's defaults: after the start-up trials, the
/// finished trials are split into good and bad, a Parzen estimator is fitted to each (l and g), and of
/// <see cref="TpeOptions.Candidates"/> points drawn from l the one maximising l(x)/g(x) is proposed.
/// </summary>
/// <remarks>
/// Trial n's values are a function of (seed, n, history). The start-up trials are exactly
/// <see cref="RandomSampler"/>'s with the same seed. Pruned trials count as finished and are ranked by their last
/// intermediate value after all completed trials, as in Optuna. The sequence is independent of parallelism only when
/// trials run one at a time, since the history then depends on which trials had finished.
/// </remarks>
public sealed class TpeSampler : ISampler
{
    private readonly int _seed;
    private readonly TpeOptions _options;
    private readonly RandomSampler _startup;

    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range (named in the exception).</exception>
    public TpeSampler(int seed, TpeOptions? options = null)
    {
        _options = options ?? new TpeOptions();
        _options.Check();
        _seed = seed;
        _startup = new RandomSampler(seed);
    }

    /// <exception cref="ArgumentException">The space breaks <see cref="SearchSpaceRules.Check"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trialNumber"/> is negative.</exception>
    public IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history)
    {
        SearchSpaceRules.Check(space);
        ArgumentOutOfRangeException.ThrowIfNegative(trialNumber);
        ArgumentNullException.ThrowIfNull(history);
        var split = TpeSplit.Of(history, trialNumber, _options);
        if (split is null)
        {
            return _startup.Draw(space, trialNumber);
        }

        var random = TrialRandom.For(_seed, trialNumber);
        var groups = _options.Multivariate ? [space.Parameters] : space.Parameters.Select(parameter => (IReadOnlyList<ParameterSpace>)[parameter]);
        var values = new Dictionary<string, TrialValue>(space.Parameters.Count, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var good = ParzenEstimator.Fit(group, Observations(group, split.Good), _options.PriorWeight);
            var bad = ParzenEstimator.Fit(group, Observations(group, split.Bad), _options.PriorWeight);
            var best = BestCandidate(good, bad, random);
            for (var i = 0; i < group.Count; i++)
            {
                values[group[i].Name] = InternalValue.To(group[i], best[i]);
            }
        }

        return values;
    }

    private double[] BestCandidate(ParzenEstimator good, ParzenEstimator bad, Xoshiro256StarStar random)
    {
        double[]? best = null;
        var bestScore = double.NegativeInfinity;
        for (var c = 0; c < _options.Candidates; c++)
        {
            var candidate = good.Sample(random);
            var score = good.LogDensity(candidate) - bad.LogDensity(candidate);
            if (best is null || score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }

        return best!;
    }

    private static List<double[]> Observations(IReadOnlyList<ParameterSpace> group, IReadOnlyList<Trial> trials)
    {
        var observations = new List<double[]>(trials.Count);
        foreach (var trial in trials)
        {
            var point = new double[group.Count];
            var fits = true;
            for (var i = 0; i < group.Count && fits; i++)
            {
                fits = trial.Values.TryGetValue(group[i].Name, out var value) && InternalValue.TryFrom(group[i], value, out point[i]);
            }

            if (fits)
            {
                observations.Add(point);
            }
        }

        return observations;
    }
}
