namespace MlPipeline.Training.Boosting;

/// <summary>One finished boosting round, as reported to progress displays and kept in the training history.</summary>
/// <param name="Round">1-based.</param>
public sealed record BoostingRound(int Round, int TotalRounds, string Metric, double TrainValue, double ValidationValue);
