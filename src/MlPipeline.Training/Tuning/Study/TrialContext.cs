using System.Collections.Immutable;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>What a running trial knows about itself, and its line to the pruner.</summary>
/// <remarks>Report from one thread at a time (the training loop's).</remarks>
public sealed class TrialContext
{
    private readonly Func<TrialContext, int, double, bool> _shouldPrune;

    internal TrialContext(int number, int threads, int seed, Func<TrialContext, int, double, bool> shouldPrune)
    {
        Number = number;
        Threads = threads;
        Seed = seed;
        _shouldPrune = shouldPrune;
    }

    public int Number { get; }

    /// <summary>The threads this trial may use (XGBoost's nthread): the study's threads divided by its parallelism, at least 1.</summary>
    public int Threads { get; }

    /// <summary>The study's seed, for XGBoost's seed.</summary>
    public int Seed { get; }

    internal ImmutableSortedDictionary<int, double> Intermediate { get; private set; } = ImmutableSortedDictionary<int, double>.Empty;

    internal int LastStep { get; private set; }

    internal bool IsPruned { get; private set; }

    /// <summary>Records the objective after <paramref name="step"/> (a boosting round: pass <c>round.Round, round.ValidationValue</c>).</summary>
    /// <returns>True when the trial is pruned: stop and return; the study records it as pruned at its last reported step.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A step not above the last one reported.</exception>
    public bool Report(int step, double value)
    {
        if (IsPruned)
        {
            return true;
        }

        if (step <= LastStep)
        {
            throw new ArgumentOutOfRangeException(
                nameof(step),
                $"Trial {Number} reported step {step} after step {LastStep}: steps must increase, starting at 1 (report each boosting round once, in order).");
        }

        Intermediate = Intermediate.Add(step, value);
        LastStep = step;
        IsPruned = _shouldPrune(this, step, value);
        return IsPruned;
    }
}
