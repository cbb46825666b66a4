namespace MlPipeline.Training.Features;

/// <summary>Rows of a dataset as the model sees them.</summary>
/// <param name="Features">Row-major, <see cref="RowCount"/> × <c>FeatureNames.Count</c>; NaN where a value is missing.</param>
/// <param name="Labels">Class index (0..k-1) for classification, the value for regression.</param>
/// <param name="Weights">Per-row weights from the schema's weight column, or null.</param>
/// <param name="SourceRows">For each encoded row, its index in the dataset (rows without a label are left out).</param>
public sealed record EncodedRows(
    float[] Features,
    IReadOnlyList<string> FeatureNames,
    float[] Labels,
    float[]? Weights,
    int[] SourceRows)
{
    public int RowCount => SourceRows.Length;

    public int FeatureCount => FeatureNames.Count;
}
