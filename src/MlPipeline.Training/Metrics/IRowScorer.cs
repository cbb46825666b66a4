namespace MlPipeline.Training.Metrics;

/// <summary>
/// Computes a fixed list of metrics over rows weighted by integer multiplicities, so a bootstrap resample is a
/// count per row instead of a copied array, and the point estimate is the all-ones case.
/// </summary>
internal interface IRowScorer
{
    int RowCount { get; }

    /// <summary>Metric names, in the order <see cref="Score"/> writes them.</summary>
    IReadOnlyList<string> Names { get; }

    /// <summary>Writes one value per name; NaN where the metric is undefined on these rows.</summary>
    /// <param name="counts">How many times each row is drawn (0 leaves it out); length <see cref="RowCount"/>.</param>
    void Score(ReadOnlySpan<int> counts, Span<double> values);
}
