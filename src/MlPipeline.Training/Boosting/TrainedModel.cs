namespace MlPipeline.Training.Boosting;

/// <summary>The outcome of training: the booster cut back to its best round, and how it got there.</summary>
/// <param name="BestIteration">0-based round with the best validation metric; the model keeps rounds 0..BestIteration.</param>
/// <param name="RoundsTrained">Rounds run before early stopping ended training.</param>
public sealed record TrainedModel(Booster Booster, int BestIteration, int RoundsTrained, IReadOnlyList<BoostingRound> History) : IDisposable
{
    public BoostingRound Best => History[BestIteration];

    public void Dispose() => Booster.Dispose();
}
