namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>Percentile bootstrap confidence intervals of every metric, resampling the rows with replacement.</summary>
/// <remarks>
/// A replicate in which a metric is undefined (e.g. a class absent, so roc_auc cannot be computed) is skipped for that
/// metric only; <see cref="ConfidenceInterval.Replicates"/> says how many counted. A metric undefined in every replicate
/// has no interval. The bounds interpolate linearly between order statistics, as numpy.percentile does.
/// </remarks>
public static class BootstrapIntervals
{
    /// <summary>Intervals of the classification metrics; the arguments are those of <see cref="MetricsCalculator.Classification"/>.</summary>
    /// <exception cref="ArgumentException">The inputs are not what <see cref="MetricsCalculator.Classification"/> accepts.</exception>
    public static IReadOnlyDictionary<string, ConfidenceInterval> Compute(
        int[] truth, float[] probabilities, int classCount, BootstrapOptions? options = null) =>
        Compute(new ClassificationScorer(truth, probabilities, classCount), options ?? BootstrapOptions.Default);

    /// <summary>Intervals of rmse, mae and r2.</summary>
    /// <exception cref="ArgumentException">The inputs are not what <see cref="MetricsCalculator.Regression"/> accepts.</exception>
    public static IReadOnlyDictionary<string, ConfidenceInterval> Compute(
        float[] truth, float[] predicted, BootstrapOptions? options = null) =>
        Compute(new RegressionScorer(truth, predicted), options ?? BootstrapOptions.Default);

    private static IReadOnlyDictionary<string, ConfidenceInterval> Compute(IRowScorer scorer, BootstrapOptions options)
    {
        var matrix = Resampler.Run([scorer], options)[0];
        var width = scorer.Names.Count;
        var intervals = new Dictionary<string, ConfidenceInterval>(StringComparer.Ordinal);
        var column = new double[options.Replicates];
        for (var metric = 0; metric < width; metric++)
        {
            var defined = 0;
            for (var replicate = 0; replicate < options.Replicates; replicate++)
            {
                var value = matrix[replicate * width + metric];
                if (!double.IsNaN(value))
                {
                    column[defined++] = value;
                }
            }

            if (defined > 0)
            {
                var (low, high) = Percentile.Central(column.AsSpan(0, defined), options.ConfidenceLevel);
                intervals.Add(scorer.Names[metric], new ConfidenceInterval(low, high, defined));
            }
        }

        return intervals.AsReadOnly();
    }
}
