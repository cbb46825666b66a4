namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>Draws every parameter evenly over its range (log ranges over their logarithm), ignoring the history.</summary>
/// <remarks>
/// Trial n's values come from a generator seeded by (seed, n), so they are the same whatever order or parallelism the
/// trials run in, and a resumed study draws what the uninterrupted one would have.
/// </remarks>
public sealed class RandomSampler(int seed) : ISampler
{
    /// <exception cref="ArgumentException">The space breaks <see cref="SearchSpaceRules.Check"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trialNumber"/> is negative.</exception>
    public IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history)
    {
        SearchSpaceRules.Check(space);
        ArgumentOutOfRangeException.ThrowIfNegative(trialNumber);
        return Draw(space, trialNumber);
    }

    internal IReadOnlyDictionary<string, TrialValue> Draw(SearchSpace space, int trialNumber)
    {
        var random = TrialRandom.For(seed, trialNumber);
        var values = new Dictionary<string, TrialValue>(space.Parameters.Count, StringComparer.Ordinal);
        foreach (var parameter in space.Parameters)
        {
            values[parameter.Name] = UniformDraw.Of(parameter, random);
        }

        return values;
    }
}
