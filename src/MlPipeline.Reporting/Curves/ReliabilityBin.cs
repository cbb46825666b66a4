namespace MlPipeline.Reporting.Curves;

/// <summary>One bin of a reliability diagram: the rows whose predicted probability is in [Low, High).</summary>
/// <param name="MeanPredicted">The rows' mean predicted probability.</param>
/// <param name="ObservedRate">The share of them that were positive.</param>
public readonly record struct ReliabilityBin(double Low, double High, double MeanPredicted, double ObservedRate, int Count);
