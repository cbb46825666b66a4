using MlPipeline.Training.Tuning.Pruning;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// Runs a study: keeps <see cref="StudyOptions.Parallelism"/> trials running, each asking the sampler for its values and the
/// pruner after each step, saving every state change to the storage, until the budget is spent.
/// </summary>
/// <remarks>
/// The same seeds give the same trials when <see cref="StudyOptions.Parallelism"/> is 1. With more, a sampler that reads
/// the history (TPE) sees whichever trials have finished, and the pruner whichever values have been reported, so only
/// samplers that use the trial number alone (random, grid) keep their values; pruning decisions may still differ.
/// </remarks>
public sealed class StudyRunner
{
    private readonly ISampler _sampler;
    private readonly IPruner _pruner;
    private readonly IStudyStorage _storage;
    private readonly StudyOptions _options;
    private readonly TimeProvider _time;

    /// <param name="time">The clock of the timeout and of trial durations; default the system's.</param>
    /// <exception cref="ArgumentException">Invalid <paramref name="options"/>, every problem named.</exception>
    public StudyRunner(ISampler sampler, IPruner pruner, IStudyStorage storage, StudyOptions options, TimeProvider? time = null)
    {
        options.Validate();
        (_sampler, _pruner, _storage, _options, _time) = (sampler, pruner, storage, options, time ?? TimeProvider.System);
    }

    /// <summary>Runs trials until the budget (trial numbers and/or time) is spent, resuming what the storage holds.</summary>
    /// <param name="progress">Each trial when it starts and when it ends, from the trial's thread.</param>
    /// <returns>Every trial of the study, from the storage, and the best completed one.</returns>
    /// <exception cref="StudyException">No trial completed.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; the trials cut off stay running in the storage and run again on resume, except in a shared one (see <see cref="IStudyStorage.IsShared"/>).</exception>
    public async Task<StudyResult> RunAsync(SearchSpace space, TrialObjective objective, IProgress<Trial>? progress, CancellationToken cancellation)
    {
        var session = new StudySession(_sampler, _pruner, _storage, _options, space, progress, _time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var workers = Enumerable.Range(0, _options.Parallelism)
            .Select(_ => Task.Factory.StartNew(() => Work(session, objective, stop), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToList();
        await Task.WhenAll(workers).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        return StudyResult.Of(_storage.Load());
    }

    private static void Work(StudySession session, TrialObjective objective, CancellationTokenSource stop)
    {
        try
        {
            while (session.TryStart(stop.Token) is { } trial)
            {
                if (session.Run(trial, objective, stop.Token) is not { } ended)
                {
                    session.Abandon(trial);
                    return;
                }

                session.Finish(ended);
            }
        }
        catch
        {
            // The sampler or the storage failed: the other workers stop too, and the failure ends the study.
            stop.Cancel();
            throw;
        }
    }
}
