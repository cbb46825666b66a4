namespace MlPipeline.Components.Delivery;

/// <summary>The contents of <c>artifacts/image/smoke.json</c>: what the running image answered on the benchmark rows.</summary>
/// <param name="Runner">container or process.</param>
/// <param name="WorstRow">The dataset row (as in predictions.csv) with the largest difference; null without rows.</param>
/// <param name="WorstOutput">That difference's output, e.g. <c>p_rain</c> or <c>value</c>.</param>
internal sealed record SmokeRecord(
    string Image,
    string Runner,
    int Rows,
    double Tolerance,
    double MaxAbsDifference,
    int? WorstRow,
    string? WorstOutput,
    int RowsOverTolerance,
    bool Passed);
