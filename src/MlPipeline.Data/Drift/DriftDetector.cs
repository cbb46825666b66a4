using MlPipeline.Data.Drift.Methods;
using MlPipeline.Data.Drift.Profiles;
using MlPipeline.Data.Schemas;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Drift;

/// <summary>Compares a new batch with the reference, column by column.</summary>
public static class DriftDetector
{
    /// <summary>
    /// Tests every feature column and the label of <paramref name="schema"/> (datetime and text columns aside) with the
    /// method its <see cref="ColumnSchema.Drift"/> names, or by default KS / chi-square on small references and PSI /
    /// Jensen–Shannon on large ones (see <see cref="DriftOptions.SmallSampleLimit"/>).
    /// </summary>
    /// <exception cref="DriftDetectionException">
    /// The batch lacks a column, stores it with another type, or has no value in it; the reference has no statistics
    /// for a column; or the schema names a method that does not fit a column or an impossible threshold.
    /// </exception>
    public static DriftReport Detect(ReferenceProfile reference, DataTable batch, DatasetSchema schema, DriftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= DriftOptions.Default;
        if (options.ShareThreshold is <= 0 or > 1 || double.IsNaN(options.ShareThreshold))
            throw new ArgumentOutOfRangeException(nameof(options), options.ShareThreshold, "The drifted-column share threshold must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfNegative(options.SmallSampleLimit);

        var columns = DriftColumns.Select(schema);
        CheckColumns(reference, batch, columns);
        var results = columns.Select(c => Test(reference.Find(c.Name)!, batch[c.Name], c, options)).ToArray();
        var drifted = results.Count(r => r.Drifted);
        var share = results.Length == 0 ? 0 : (double)drifted / results.Length;
        var verdict = results.Length > 0 && share >= options.ShareThreshold || results.Any(r => r.Drifted && r.Critical);
        return new DriftReport(verdict, share, results, options.ShareThreshold);
    }

    private static void CheckColumns(ReferenceProfile reference, DataTable batch, IReadOnlyList<ColumnSchema> columns)
    {
        Fail(columns.Where(c => reference.Find(c.Name) is not { } profile || !Matches(profile, c.Type)),
            names => $"The reference profile of {reference.Source} has no statistics of the schema's type for {names}; "
                + "re-create it by running ValidateData on the reference with the current schema.");
        Fail(columns.Where(c => batch.Find(c.Name) is null),
            names => $"The batch {batch.Source} has no column {names}, which the reference {reference.Source} has; "
                + "add it to the batch, or set its role to \"ignore\" in the schema.");
        Fail(columns.Where(c => !ColumnSamples.Fits(c.Type, batch[c.Name])),
            names => $"The batch {batch.Source} stores {names} with another type than the schema declares; load it with the same schema.");
        Fail(columns.Where(c => reference.Find(c.Name)!.Count == 0),
            names => $"The reference {reference.Source} has no value in {names}, so there is nothing to compare with; "
                + "choose a reference where the column is filled, or set its role to \"ignore\".");
        Fail(columns.Where(c => Enumerable.Range(0, batch.RowCount).All(batch[c.Name].IsMissing)),
            names => $"The batch {batch.Source} has no value in {names} (every row is missing); check the export that produced it.");
    }

    private static void Fail(IEnumerable<ColumnSchema> offending, Func<string, string> message)
    {
        var names = offending.Select(c => c.Name).ToArray();
        if (names.Length > 0)
            throw new DriftDetectionException(message(string.Join(", ", names)), names);
    }

    private static bool Matches(ColumnProfile profile, ColumnType type) =>
        profile is NumericProfile == DriftColumns.IsNumeric(type);

    private static ColumnDrift Test(ColumnProfile reference, DataColumn batch, ColumnSchema schema, DriftOptions options)
    {
        var settings = schema.Drift;
        var method = settings?.Method is { } name ? DriftMethods.Named(name, reference) : DriftMethods.Default(reference, options);
        var threshold = settings?.Threshold ?? method.DefaultThreshold;
        CheckThreshold(method, threshold, schema.Name);
        var score = (method, reference) switch
        {
            (INumericDriftMethod numeric, NumericProfile profile) => numeric.Score(profile, ColumnSamples.SortedValues((NumericColumn)batch)),
            (ICategoricalDriftMethod categorical, CategoricalProfile profile) => categorical.Score(profile, Buckets(profile, batch)),
            _ => throw new InvalidOperationException($"Method {method.Name} was chosen for column {schema.Name}, which it does not apply to."),
        };
        var drifted = method.IsPValue ? score.Score <= threshold : score.Score >= threshold;
        return new ColumnDrift(schema.Name, method.Name, score.Score, threshold, drifted, settings?.Critical ?? false, score.Statistic);
    }

    private static long[] Buckets(CategoricalProfile reference, DataColumn batch)
    {
        var (counts, other, _) = ColumnSamples.CountCategories(batch, reference.Categories);
        return [.. counts, other];
    }

    private static void CheckThreshold(IDriftMethod method, double threshold, string column)
    {
        var valid = method.IsPValue ? threshold is > 0 and < 1 : threshold > 0 && double.IsFinite(threshold);
        if (!valid)
            throw new DriftDetectionException(
                $"The schema sets drift threshold {threshold} on column {column}; method {method.Name} needs "
                + (method.IsPValue ? "a p-value between 0 and 1 (e.g. 0.05)." : "a positive distance (e.g. 0.1)."),
                [column]);
    }
}
