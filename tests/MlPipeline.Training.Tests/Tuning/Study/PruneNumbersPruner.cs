using MlPipeline.Training.Tuning;
using MlPipeline.Training.Tuning.Pruning;

namespace MlPipeline.Training.Tests.Tuning.Study;

/// <summary>Prunes the given trials at the given step, so runner tests do not depend on the successive halving rules.</summary>
internal sealed class PruneNumbersPruner(int atStep, params int[] numbers) : IPruner
{
    public bool ShouldPrune(int trialNumber, int step, double value, IReadOnlyList<Trial> trials) => step >= atStep && numbers.Contains(trialNumber);
}
