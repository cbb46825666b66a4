namespace MlPipeline.Data.Drift.Methods;

/// <param name="Score">What the threshold is compared with: a p-value or a distance.</param>
/// <param name="Statistic">The test statistic behind a p-value (KS D, chi-square); <c>null</c> for distances.</param>
internal readonly record struct DriftScore(double Score, double? Statistic = null);
