namespace MlPipeline.Delivery.Running;

/// <summary>The rows a smoke test scores, in MLflow's <c>dataframe_split</c> shape: column names and one value array per row.</summary>
public sealed record SmokeRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Data);
