namespace MlPipeline.Reporting.Content;

/// <summary>One column's drift: a p-value (ks, chi2: drift at or below the threshold) or a distance (drift at or above).</summary>
public sealed record ColumnDriftScore(string Column, string Method, double Score, double Threshold, bool Drifted);
