namespace MlPipeline.Training.Tuning.Pruning;

/// <summary>Decides, when a trial reports an intermediate value, whether it is too weak to go on.</summary>
/// <remarks>Called from the threads of several running trials at once, each with its own snapshot of the trials.</remarks>
public interface IPruner
{
    /// <param name="trialNumber">The reporting trial.</param>
    /// <param name="step">The step just reported (a 1-based boosting round).</param>
    /// <param name="value">The objective at that step (minimised).</param>
    /// <param name="trials">Every trial of the study, running ones included; the reporting one may already hold this step.</param>
    /// <returns>True to stop the trial now.</returns>
    bool ShouldPrune(int trialNumber, int step, double value, IReadOnlyList<Trial> trials);
}
