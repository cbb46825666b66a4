namespace MlPipeline.Data.Validation;

/// <summary>Dataset-wide limits of the validation checks; a column's schema entry can override the missing ratio.</summary>
/// <param name="DefaultMaxMissingRatio">
/// The share of missing values (0–1) above which a column is an error, unless the schema sets <c>max_missing_ratio</c>.
/// 0.2 by default: past a fifth missing, imputation (or XGBoost's default direction) is guessing more than learning.
/// </param>
/// <param name="CorrelationThreshold">
/// The |Pearson r| (0–1) at or above which two numeric features are reported as near copies. 0.95 by default: below
/// that, correlated features still carry their own signal; above it, one mostly splits the other's importance.
/// </param>
/// <param name="MinorityClassShare">
/// The share of labelled rows (0–1) under which a class is reported as rare. 0.01 by default: with fewer than one
/// row in a hundred, the benchmark split may hold a handful of that class and its metrics are noise.
/// </param>
public sealed record ValidationOptions(double DefaultMaxMissingRatio = 0.2, double CorrelationThreshold = 0.95, double MinorityClassShare = 0.01);
