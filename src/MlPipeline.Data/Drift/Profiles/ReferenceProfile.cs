using MlPipeline.Data.Schemas;
using MlPipeline.Data.Statistics;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>
/// The statistics of a reference dataset (the data the deployed model was trained on) that drift detection compares
/// new batches with, so the reference never has to be read again. ValidateData saves it next to its other outputs.
/// </summary>
/// <param name="FormatVersion">Bumped when the statistics change meaning; <see cref="ReferenceProfileFile.Read"/> rejects other versions.</param>
/// <param name="Source">The file the statistics were taken from, for messages.</param>
/// <param name="RowCount">Rows in the reference.</param>
/// <param name="SmallSampleLimit">Numeric columns with at most this many values keep their sorted values (see <see cref="NumericProfile.SortedValues"/>).</param>
/// <param name="SketchSize">How many quantiles <see cref="NumericProfile.Quantiles"/> holds.</param>
/// <param name="Columns">The feature columns and the label, in schema order; datetime and text columns have none.</param>
public sealed record ReferenceProfile(
    int FormatVersion,
    string Source,
    int RowCount,
    int SmallSampleLimit,
    int SketchSize,
    IReadOnlyList<ColumnProfile> Columns)
{
    public const int CurrentFormatVersion = 1;

    /// <summary>
    /// 5,000: below it a reference is kept whole for the p-value tests (KS, chi-square), which are the sharper tests
    /// on small samples; above it a p-value flags even a practically irrelevant shift, because its power grows with the
    /// sample, so the distances (PSI, Wasserstein, Jensen–Shannon) with fixed thresholds take over. 5,000 values cost
    /// about 100 KB of JSON per column.
    /// </summary>
    public const int DefaultSmallSampleLimit = 5000;

    /// <summary>1,000 quantiles: the Wasserstein distance from them is within about 0.1% of the reference's spread of the exact one.</summary>
    public const int DefaultSketchSize = 1000;

    /// <summary>Takes the statistics of every feature column and of the label of <paramref name="table"/>.</summary>
    /// <param name="smallSampleLimit">Numeric columns with at most this many values keep them all; default <see cref="DefaultSmallSampleLimit"/>.</param>
    /// <param name="sorted">The sorted columns of <paramref name="table"/> another reader (the statistics) already took, so they are not sorted again; a new one by default.</param>
    /// <exception cref="DriftDetectionException">A column of the schema is missing from the table or is stored with the wrong type.</exception>
    public static ReferenceProfile Create(DataTable table, DatasetSchema schema, int smallSampleLimit = DefaultSmallSampleLimit, SortedColumns? sorted = null) =>
        ReferenceProfileBuilder.Build(table, schema, smallSampleLimit, DefaultSketchSize, sorted ?? new SortedColumns());

    public ColumnProfile? Find(string name) => Columns.FirstOrDefault(c => c.Name == name);
}
