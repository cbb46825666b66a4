namespace MlPipeline.Training.Tuning.Study;

/// <summary>How long a study runs and how many trials at once.</summary>
/// <param name="Trials">The study holds trials numbered 0 to Trials - 1, counting those already in the storage (a resumed study runs only the rest); null for no limit.</param>
/// <param name="Timeout">No trial starts after this much time in this run (running ones finish); null for no limit. At least one of Trials and Timeout is required.</param>
/// <param name="Parallelism">Trials running at once; at least 1.</param>
/// <param name="Seed">Handed to every trial as <see cref="TrialContext.Seed"/> (XGBoost's seed), the same for all so trials differ only by their values.</param>
public sealed record StudyOptions(int? Trials, TimeSpan? Timeout, int Parallelism, int Seed)
{
    /// <summary>Threads shared by the running trials; each gets Threads / Parallelism, at least 1. Default: the processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// In a shared study, a running trial whose worker has not saved a heartbeat for this long is taken to be cut off
    /// with its process, and the next runner to look takes it over and runs it again. Workers save a heartbeat every
    /// fifth of it; workers' clocks must agree to well within it. Default 5 minutes.
    /// </summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(5);

    internal TimeSpan HeartbeatInterval => StaleAfter / 5;

    /// <summary>What each trial may use, as XGBoost's nthread.</summary>
    internal int ThreadsPerTrial => Math.Max(1, Threads / Parallelism);

    /// <exception cref="ArgumentException">Every value out of range, named, with the allowed range.</exception>
    internal void Validate()
    {
        var problems = new List<string>();
        if (Trials is null && Timeout is null)
        {
            problems.Add("neither Trials nor Timeout is set, so the study would never end; set a trial budget, a timeout or both");
        }

        if (Trials is < 1)
        {
            problems.Add($"Trials is {Trials} but must be at least 1");
        }

        if (Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            problems.Add($"Timeout is {timeout} but must be positive");
        }

        if (Parallelism < 1)
        {
            problems.Add($"Parallelism is {Parallelism} but must be at least 1");
        }

        if (StaleAfter <= TimeSpan.Zero)
        {
            problems.Add($"StaleAfter is {StaleAfter} but must be positive");
        }

        if (Threads < 1)
        {
            problems.Add($"Threads is {Threads} but must be at least 1");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid study options: " + string.Join("; ", problems) + ".");
        }
    }
}
