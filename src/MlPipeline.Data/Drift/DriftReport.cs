namespace MlPipeline.Data.Drift;

/// <summary>The outcome of comparing a batch with the reference.</summary>
/// <param name="Drifted">The share of drifted columns reached <paramref name="ShareThreshold"/>, or a critical column drifted.</param>
/// <param name="DriftedShare">Drifted columns over tested columns (0 when none were tested).</param>
/// <param name="Columns">In schema order.</param>
public sealed record DriftReport(bool Drifted, double DriftedShare, IReadOnlyList<ColumnDrift> Columns, double ShareThreshold = DriftOptions.DefaultShareThreshold);
