using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>
/// Visits every point of a grid over the space in a seeded shuffled order: trial n takes point order[n mod Size].
/// Numeric parameters get evenly spaced points (in log space for log ranges), whole numbers rounded and deduplicated;
/// categorical parameters get every choice.
/// </summary>
/// <remarks>
/// Trials beyond <see cref="Size"/> wrap around and repeat the grid in the same order, so set the budget to Size.
/// The order depends only on the seed and the trial number, never on the history or parallelism.
/// </remarks>
public sealed class GridSampler : ISampler
{
    /// <summary>Larger grids are refused: their shuffled order would not fit comfortably in memory, nor the trials in a budget.</summary>
    public const int MaxSize = 1_000_000;

    private readonly SearchSpace _space;
    private readonly TrialValue[][] _axes;
    private readonly int[] _order;

    /// <param name="space">The space the grid covers; <see cref="Sample"/> must be given the same one.</param>
    /// <param name="pointsPerNumeric">Points per numeric parameter, at least 1 (1 takes the middle of the range).</param>
    /// <param name="seed">Seeds the order in which the points are visited.</param>
    /// <exception cref="ArgumentException">The space breaks <see cref="SearchSpaceRules.Check"/>, or the grid has more than <see cref="MaxSize"/> points.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointsPerNumeric"/> is below 1.</exception>
    public GridSampler(SearchSpace space, int pointsPerNumeric, int seed)
    {
        SearchSpaceRules.Check(space);
        ArgumentOutOfRangeException.ThrowIfLessThan(pointsPerNumeric, 1);
        _space = space;
        _axes = [.. space.Parameters.Select(parameter => GridAxis.Of(parameter, pointsPerNumeric))];
        var size = _axes.Aggregate(1L, (product, axis) => Math.Min(product * axis.Length, MaxSize + 1L));
        if (size > MaxSize)
        {
            throw new ArgumentException(
                $"A grid of {pointsPerNumeric} points per numeric parameter over {space.Parameters.Count} parameters has more than {MaxSize:N0} points: "
                + "use fewer points, fewer parameters, or the random or TPE sampler.",
                nameof(pointsPerNumeric));
        }

        Size = (int)size;
        _order = Shuffled(Size, seed);
    }

    /// <summary>The number of grid points: a budget of this many trials visits each once.</summary>
    public int Size { get; }

    /// <exception cref="ArgumentException"><paramref name="space"/> is not the space the grid was built for.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="trialNumber"/> is negative.</exception>
    public IReadOnlyDictionary<string, TrialValue> Sample(SearchSpace space, int trialNumber, IReadOnlyList<Trial> history)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegative(trialNumber);
        if (!SameSpace(space, _space))
        {
            throw new ArgumentException(
                "The grid sampler was built for another search space: build a GridSampler over the space the study tunes.", nameof(space));
        }

        var point = _order[trialNumber % Size];
        var values = new Dictionary<string, TrialValue>(_axes.Length, StringComparer.Ordinal);
        // The last parameter varies fastest, as in nested loops written in the space's order.
        for (var i = _axes.Length - 1; i >= 0; i--)
        {
            values[_space.Parameters[i].Name] = _axes[i][point % _axes[i].Length];
            point /= _axes[i].Length;
        }

        return values;
    }

    private static int[] Shuffled(int size, int seed)
    {
        var order = Enumerable.Range(0, size).ToArray();
        var random = new Xoshiro256StarStar(unchecked((ulong)seed));
        for (var i = size - 1; i > 0; i--)
        {
            var j = random.NextBelow(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    // Records compare lists by reference, so two equal categorical spaces built separately need their choices compared.
    private static bool SameSpace(SearchSpace a, SearchSpace b) =>
        ReferenceEquals(a, b)
        || (a.Parameters.Count == b.Parameters.Count
            && a.Parameters.Zip(b.Parameters).All(pair => pair switch
            {
                (CategoricalSpace x, CategoricalSpace y) => x.Name == y.Name && x.Choices.SequenceEqual(y.Choices),
                var (x, y) => Equals(x, y),
            }));
}
