namespace MlPipeline.Training.Trainers;

/// <summary>A trained model in its trainer's file format, and how training went.</summary>
/// <param name="Model">The bytes of model.json (XGBoost) or model.zip (ML.NET), byte-identical for the same inputs.</param>
/// <param name="BestIteration">0-based; the model keeps rounds 0..BestIteration.</param>
/// <param name="Metric">The validation loss <paramref name="ValidationValue"/> is measured in (lower is better).</param>
/// <param name="Stopped">True when the caller's stop callback ended training (a pruned tuning trial).</param>
public sealed record TrainerResult(byte[] Model, int RoundsTrained, int BestIteration, string Metric, double ValidationValue, bool Stopped);
