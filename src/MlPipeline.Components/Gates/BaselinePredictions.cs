namespace MlPipeline.Components.Gates;

/// <summary>
/// The contents of <c>models/baseline.predictions.json</c>: the baseline's outputs per benchmark row, keyed by the row's
/// content hash, so a candidate is compared with it row by row even after the dataset was reordered or grew.
/// </summary>
internal sealed record BaselinePredictions(IReadOnlyList<string>? Classes, IReadOnlyList<BaselineRow> Rows);

/// <param name="Outputs">p(class 1) for binary, one probability per class for multiclass, the value for regression.</param>
internal sealed record BaselineRow(string RowHash, float[] Outputs);
