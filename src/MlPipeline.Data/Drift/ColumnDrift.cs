namespace MlPipeline.Data.Drift;

/// <summary>The verdict on one column.</summary>
/// <param name="Method">ks, chi2, psi, wasserstein or js.</param>
/// <param name="Score">A p-value for ks and chi2 (drift at or below <paramref name="Threshold"/>), a distance otherwise (drift at or above).</param>
/// <param name="Critical">The schema marks the column critical: its drift alone makes the dataset drifted.</param>
/// <param name="Statistic">The test statistic behind a p-value (KS D, chi-square); <c>null</c> for distances.</param>
public sealed record ColumnDrift(string Name, string Method, double Score, double Threshold, bool Drifted, bool Critical, double? Statistic = null);
