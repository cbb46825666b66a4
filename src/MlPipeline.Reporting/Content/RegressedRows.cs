namespace MlPipeline.Reporting.Content;

/// <summary>A regressor's benchmark rows: true and predicted values, row by row.</summary>
public sealed record RegressedRows(IReadOnlyList<double> Actual, IReadOnlyList<double> Predicted);
