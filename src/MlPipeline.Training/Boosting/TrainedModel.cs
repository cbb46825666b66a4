namespace MlPipeline.Training.Boosting;

/// <summary>The outcome of training: the booster cut back to its best round, and how it got there.</summary>
/// <param name="BestIteration">0-based round with the best validation metric; the model keeps rounds 0..BestIteration.</param>
/// <param name="RoundsTrained">Rounds run before early stopping (or the caller's stop) ended training.</param>
/// <param name="Stopped">True when the caller's stop callback ended training (a pruned tuning trial), not the round budget or early stopping.</param>
public sealed record TrainedModel(Booster Booster, int BestIteration, int RoundsTrained, IReadOnlyList<BoostingRound> History, bool Stopped = false) : IDisposable
{
    public BoostingRound Best => History[BestIteration];

    public void Dispose() => Booster.Dispose();
}
