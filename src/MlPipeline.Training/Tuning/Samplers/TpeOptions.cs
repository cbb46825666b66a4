namespace MlPipeline.Training.Tuning.Samplers;

/// <summary>The settings of <see cref="TpeSampler"/>; the defaults are Optuna's TPESampler's.</summary>
/// <param name="StartupTrials">Finished (completed or pruned) trials drawn at random before TPE takes over; default 10.</param>
/// <param name="Candidates">Candidates drawn from the good trials' estimator, of which the one maximising l(x)/g(x) is kept; default 24.</param>
/// <param name="GoodFraction">The fraction of finished trials counted as good, rounded up; default 0.1.</param>
/// <param name="MaxGood">The most trials counted as good, however many have finished; default 25.</param>
/// <param name="PriorWeight">The weight of the prior kernel (the whole range) beside each trial's weight of up to 1; default 1.</param>
/// <param name="Multivariate">
/// One joint estimator over all parameters instead of one per parameter. Default false, the published TPE; Optuna turns
/// it on for single objectives since 4.x (see the tests for how the two compare here).
/// </param>
/// <param name="ConstantLiar">
/// Count trials still running as bad, so parallel trials do not all propose the same point; default true, as in Optuna.
/// </param>
public sealed record TpeOptions(
    int StartupTrials = 10,
    int Candidates = 24,
    double GoodFraction = 0.1,
    int MaxGood = 25,
    double PriorWeight = 1.0,
    bool Multivariate = false,
    bool ConstantLiar = true)
{
    internal void Check()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(StartupTrials, nameof(StartupTrials));
        ArgumentOutOfRangeException.ThrowIfLessThan(Candidates, 1, nameof(Candidates));
        if (!(GoodFraction > 0 && GoodFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(GoodFraction), GoodFraction, "GoodFraction must be in (0, 1]; Optuna's default is 0.1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(MaxGood, 1, nameof(MaxGood));
        if (!(PriorWeight >= 0 && double.IsFinite(PriorWeight)))
        {
            throw new ArgumentOutOfRangeException(nameof(PriorWeight), PriorWeight, "PriorWeight must be a finite number of at least 0; the default is 1.");
        }
    }
}
