namespace MlPipeline.Components.Onnx;

/// <summary>The contents of <c>parity.json</c>: how closely model.onnx follows XGBoost on the benchmark rows, and what it costs to call.</summary>
/// <param name="WorstRow">The dataset row (as in predictions.csv) with the largest difference; null without benchmark rows.</param>
/// <param name="WorstOutput">The output column of that difference, e.g. <c>p_rain</c> or <c>value</c>.</param>
internal sealed record ParityFile(
    string OnnxRuntime,
    int Rows,
    IReadOnlyList<string> Outputs,
    double Tolerance,
    double MaxAbsDifference,
    int? WorstRow,
    string? WorstOutput,
    int RowsOverTolerance,
    bool Passed,
    double BatchRowsPerSecond,
    double LatencyP50Ms,
    double LatencyP99Ms);
