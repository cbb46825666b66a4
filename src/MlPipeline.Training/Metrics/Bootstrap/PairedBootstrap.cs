namespace MlPipeline.Training.Metrics.Bootstrap;

/// <summary>
/// Compares two models on the same rows: each replicate resamples the rows once and scores both models on them, so
/// the interval of metric(B) − metric(A) reflects the models' difference rather than the noise of separate samples.
/// </summary>
/// <remarks>
/// Replicates in which the metric is undefined for either model are skipped. For a loss (log_loss, rmse, mae) a
/// negative delta means B is better; see <see cref="MetricNames.LowerIsBetter"/>.
/// </remarks>
public static class PairedBootstrap
{
    /// <summary>metric(B) − metric(A) for two classifiers; arguments as in <see cref="MetricsCalculator.Classification"/>.</summary>
    /// <exception cref="ArgumentException">
    /// An unknown metric, inputs <see cref="MetricsCalculator.Classification"/> rejects, or a metric undefined on these rows.
    /// </exception>
    public static PairedDelta Delta(
        string metric, int[] truth, float[] probabilitiesA, float[] probabilitiesB, int classCount, BootstrapOptions? options = null) =>
        Pick(metric, MetricNames.Classification, Deltas(truth, probabilitiesA, probabilitiesB, classCount, options));

    /// <summary>metric(B) − metric(A) for two regressors.</summary>
    /// <exception cref="ArgumentException">An unknown metric or inputs <see cref="MetricsCalculator.Regression"/> rejects.</exception>
    public static PairedDelta Delta(
        string metric, float[] truth, float[] predictedA, float[] predictedB, BootstrapOptions? options = null) =>
        Pick(metric, MetricNames.Regression, Deltas(truth, predictedA, predictedB, options));

    /// <summary>The paired deltas of every classification metric defined on these rows, from one set of replicates.</summary>
    public static IReadOnlyDictionary<string, PairedDelta> Deltas(
        int[] truth, float[] probabilitiesA, float[] probabilitiesB, int classCount, BootstrapOptions? options = null) =>
        Deltas(
            new ClassificationScorer(truth, probabilitiesA, classCount, nameof(probabilitiesA)),
            new ClassificationScorer(truth, probabilitiesB, classCount, nameof(probabilitiesB)),
            options ?? BootstrapOptions.Default);

    /// <summary>The paired deltas of rmse, mae and r2, from one set of replicates.</summary>
    public static IReadOnlyDictionary<string, PairedDelta> Deltas(
        float[] truth, float[] predictedA, float[] predictedB, BootstrapOptions? options = null) =>
        Deltas(
            new RegressionScorer(truth, predictedA, nameof(predictedA)),
            new RegressionScorer(truth, predictedB, nameof(predictedB)),
            options ?? BootstrapOptions.Default);

    private static IReadOnlyDictionary<string, PairedDelta> Deltas(IRowScorer a, IRowScorer b, BootstrapOptions options)
    {
        var width = a.Names.Count;
        var ones = RowCounts.Ones(a.RowCount);
        var observedA = new double[width];
        var observedB = new double[width];
        a.Score(ones, observedA);
        b.Score(ones, observedB);

        var matrices = Resampler.Run([a, b], options);
        var deltas = new Dictionary<string, PairedDelta>(StringComparer.Ordinal);
        var column = new double[options.Replicates];
        for (var metric = 0; metric < width; metric++)
        {
            var observed = observedB[metric] - observedA[metric];
            var defined = 0;
            double sum = 0;
            for (var replicate = 0; replicate < options.Replicates; replicate++)
            {
                var delta = matrices[1][replicate * width + metric] - matrices[0][replicate * width + metric];
                if (!double.IsNaN(delta))
                {
                    column[defined++] = delta;
                    sum += delta;
                }
            }

            if (!double.IsNaN(observed) && defined > 0)
            {
                var (low, high) = Percentile.Central(column.AsSpan(0, defined), options.ConfidenceLevel);
                deltas.Add(a.Names[metric], new PairedDelta(a.Names[metric], observed, sum / defined, low, high, defined));
            }
        }

        return deltas.AsReadOnly();
    }

    private static PairedDelta Pick(string metric, IReadOnlyList<string> known, IReadOnlyDictionary<string, PairedDelta> deltas)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (!known.Contains(metric))
        {
            throw new ArgumentException($"Unknown metric '{metric}' for this task. Known metrics: {string.Join(", ", known)}.", nameof(metric));
        }

        return deltas.TryGetValue(metric, out var delta)
            ? delta
            : throw new ArgumentException(
                $"{metric} is undefined on these rows (roc_auc and pr_auc need every class present in truth), so no delta can be computed.",
                nameof(metric));
    }
}
