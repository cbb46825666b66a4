namespace MlPipeline.Training.Tuning.Pruning;

/// <summary>Lets every trial run to its end.</summary>
public sealed class NoPruner : IPruner
{
    public bool ShouldPrune(int trialNumber, int step, double value, IReadOnlyList<Trial> trials) => false;
}
