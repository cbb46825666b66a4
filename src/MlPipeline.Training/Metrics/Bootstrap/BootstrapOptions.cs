namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>How a bootstrap resamples: how many replicates, from which seed, and the interval's confidence level.</summary>
public sealed record BootstrapOptions
{
    /// <summary>1000 replicates, seed 42, 95 % intervals.</summary>
    public static BootstrapOptions Default { get; } = new();

    /// <summary>Number of resamples of the rows (with replacement); default 1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int Replicates
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Replicates));
            field = value;
        }
    } = 1000;

    /// <summary>Seed of the resampling; the same seed and rows give the same intervals on every machine. Default 42.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Coverage of the percentile interval, in (0, 1); default 0.95 (the 2.5th and 97.5th percentiles).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not strictly between 0 and 1.</exception>
    public double ConfidenceLevel
    {
        get;
        init
        {
            if (!(value > 0 && value < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), value, "ConfidenceLevel must be strictly between 0 and 1, e.g. 0.95.");
            }

            field = value;
        }
    } = 0.95;
}
