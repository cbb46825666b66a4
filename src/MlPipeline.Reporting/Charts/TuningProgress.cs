using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Charts;

/// <summary>The best objective (lowest) found up to each trial, counting only completed trials.</summary>
internal static class TuningProgress
{
    public static IReadOnlyList<(int Number, double Best)> BestSoFar(IReadOnlyList<TrialOutcome> trials)
    {
        var progress = new List<(int, double)>();
        var best = double.PositiveInfinity;
        foreach (var trial in trials.OrderBy(t => t.Number))
        {
            if (trial.State == "completed" && trial.Value is { } value && double.IsFinite(value))
            {
                best = Math.Min(best, value);
            }

            if (double.IsFinite(best))
            {
                progress.Add((trial.Number, best));
            }
        }

        return progress;
    }
}
