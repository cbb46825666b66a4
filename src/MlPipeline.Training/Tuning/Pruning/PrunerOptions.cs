namespace MlPipeline.Training.Tuning.Pruning;

/// <summary>The rungs of successive halving: a trial is judged at steps MinResource·ReductionFactor^k (10, 30, 90, … by default).</summary>
/// <param name="MinResource">The first rung, in steps (boosting rounds); at least 1. Default 10.</param>
/// <param name="ReductionFactor">Each rung keeps the best 1/ReductionFactor of the trials that reached it; at least 2. Default 3.</param>
public sealed record PrunerOptions(int MinResource = 10, int ReductionFactor = 3)
{
    /// <exception cref="ArgumentException">MinResource below 1 or ReductionFactor below 2, named with the allowed range.</exception>
    internal void Validate()
    {
        if (MinResource < 1)
        {
            throw new ArgumentException(
                $"The pruner's MinResource is {MinResource} but must be at least 1: it is the boosting round of the first rung (10 is a good start).",
                nameof(MinResource));
        }

        if (ReductionFactor < 2)
        {
            throw new ArgumentException(
                $"The pruner's ReductionFactor is {ReductionFactor} but must be at least 2: each rung keeps the best 1/ReductionFactor of the trials (3 is a good start).",
                nameof(ReductionFactor));
        }
    }
}
