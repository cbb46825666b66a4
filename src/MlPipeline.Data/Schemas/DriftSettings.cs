namespace MlPipeline.Data.Schemas;

/// <summary>Per-column overrides of the drift test; <c>null</c> members keep the defaults chosen by type and sample size.</summary>
/// <param name="Method">One of <c>ks</c>, <c>chi2</c>, <c>psi</c>, <c>wasserstein</c>, <c>js</c>.</param>
/// <param name="Threshold">The score at or beyond which the column counts as drifted (a p-value for ks/chi2: at or below).</param>
/// <param name="Critical">When true, this column drifting alone marks the whole dataset as drifted.</param>
public sealed record DriftSettings(string? Method = null, double? Threshold = null, bool Critical = false);
