namespace MlPipeline.Training.Metrics.Bootstrap;

internal static class Percentile
{
    /// <summary>numpy.percentile's default (linear) interpolation on sorted values; <paramref name="quantile"/> in [0, 1].</summary>
    public static double Linear(ReadOnlySpan<double> sorted, double quantile)
    {
        var position = (sorted.Length - 1) * quantile;
        var below = (int)Math.Floor(position);
        if (below >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        return sorted[below] + (position - below) * (sorted[below + 1] - sorted[below]);
    }

    /// <summary>The central interval holding <paramref name="level"/> of the values, e.g. the 2.5th–97.5th percentiles for 0.95.</summary>
    public static (double Low, double High) Central(Span<double> values, double level)
    {
        values.Sort();
        var tail = (1 - level) / 2;
        return (Linear(values, tail), Linear(values, 1 - tail));
    }
}
