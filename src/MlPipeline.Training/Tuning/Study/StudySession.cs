using MlPipeline.Training.Tuning.Pruning;

namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// One run of a study: the trials known so far and the decisions shared by its workers (what runs next, when to stop,
/// whether to prune). The sampler is called under the lock, so it is never called concurrently and, with one worker,
/// always sees the same history for the same trial number.
/// </summary>
internal sealed class StudySession
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, Trial> _trials = [];
    private readonly Queue<Trial> _interrupted = [];
    private readonly Dictionary<int, TrialLease> _ours = [];
    private readonly ISampler _sampler;
    private readonly IPruner _pruner;
    private readonly IStudyStorage _storage;
    private readonly StudyOptions _options;
    private readonly SearchSpace _space;
    private readonly IProgress<Trial>? _progress;
    private readonly TimeProvider _time;
    private readonly long _started;
    private bool _budgetSpent;

    public StudySession(ISampler sampler, IPruner pruner, IStudyStorage storage, StudyOptions options, SearchSpace space, IProgress<Trial>? progress, TimeProvider time)
    {
        (_sampler, _pruner, _storage, _options, _space, _progress, _time) = (sampler, pruner, storage, options, space, progress, time);
        _started = time.GetTimestamp();
        foreach (var trial in storage.Load())
        {
            _trials[trial.Number] = trial;
            // A trial still running in the storage was cut off with its process; running it again with the same number and
            // values gives the study the trials it would have had without the interruption. In a shared storage it may as
            // well be running in another process, so it is left to that one unless its heartbeat stops (TakeOverStale).
            if (trial.State == TrialState.Running && !storage.IsShared)
            {
                _interrupted.Enqueue(trial);
            }
        }
    }

    /// <returns>The trial to run next, saved as running; null when the budget, the time or the cancellation says stop.</returns>
    public Trial? TryStart(CancellationToken cancellation)
    {
        Trial trial;
        lock (_lock)
        {
            if (_budgetSpent || cancellation.IsCancellationRequested || TimeIsUp())
            {
                return null;
            }

            if (_interrupted.TryDequeue(out var again))
            {
                trial = Running(again.Number, again.Values);
                _storage.Save(trial);
            }
            else if (_storage.IsShared && TakeOverStale() is { } taken)
            {
                trial = taken;
            }
            else
            {
                // Looking before reserving: a shared study whose budget is already reached must not take a number, or
                // the next, larger run of the study would find a gap there. The number check settles races exactly.
                if (_storage.IsShared && _trials.Count >= _options.Trials)
                {
                    _budgetSpent = true;
                    return null;
                }

                var number = _storage.ReserveTrialNumber();
                if (number >= _options.Trials)
                {
                    _budgetSpent = true;
                    return null;
                }

                trial = Running(number, _sampler.Sample(_space, number, [.. _trials.Values]));
                _storage.Save(trial);
            }

            _trials[trial.Number] = trial;
            _ours[trial.Number] = new TrialLease(_storage, trial, _time, _storage.IsShared ? _options.HeartbeatInterval : null);
        }

        _progress?.Report(trial);
        return trial;
    }

    /// <summary>Runs the objective on one trial.</summary>
    /// <returns>The trial as it ended; null when the study was cancelled under it, leaving it running in the storage to resume.</returns>
    public Trial? Run(Trial trial, TrialObjective objective, CancellationToken cancellation)
    {
        var context = new TrialContext(trial.Number, _options.ThreadsPerTrial, _options.Seed, ShouldPrune);
        var started = _time.GetTimestamp();
        Trial Ended(TrialState state, double? value, string? error = null) =>
            trial with { State = state, Value = value, Intermediate = context.Intermediate, LastStep = context.LastStep, Duration = _time.GetElapsedTime(started), Error = error };

        double value;
        try
        {
            value = objective(trial.Values, context, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception error)
        {
            return Ended(TrialState.Failed, null, error.Message);
        }

        if (context.IsPruned)
        {
            return Ended(TrialState.Pruned, context.Intermediate[context.LastStep]);
        }

        return double.IsFinite(value)
            ? Ended(TrialState.Completed, value)
            : Ended(TrialState.Failed, null, $"The objective returned {value}, but a trial's value must be a finite loss.");
    }

    /// <summary>Saves the trial as it ended, unless another process took it over meanwhile (then its version stands).</summary>
    public void Finish(Trial trial)
    {
        var lease = Lease(trial);
        if (!lease.End(trial))
        {
            lock (_lock)
            {
                // The next reload brings in the other process's version of it.
                _ours.Remove(trial.Number);
            }

            return;
        }

        lock (_lock)
        {
            _trials[trial.Number] = trial;
        }

        _progress?.Report(trial);
    }

    /// <summary>Stops the trial's heartbeat and leaves it running in the storage: the study was cancelled under it.</summary>
    public void Abandon(Trial trial) => Lease(trial).Dispose();

    private bool ShouldPrune(TrialContext context, int step, double value)
    {
        List<Trial> trials;
        lock (_lock)
        {
            _trials[context.Number] = _trials[context.Number] with { Intermediate = context.Intermediate, LastStep = step };
            trials = [.. _trials.Values];
        }

        return _pruner.ShouldPrune(context.Number, step, value, trials);
    }

    /// <summary>
    /// Reloads the other processes' trials and takes over the first one running without a heartbeat for
    /// <see cref="StudyOptions.StaleAfter"/>: the same number and values, run again here. The conditional save lets
    /// only one of the processes that find it stale take it.
    /// </summary>
    private Trial? TakeOverStale()
    {
        // This run's own trials stay as it knows them: the storage lacks the intermediate values of those still running.
        foreach (var other in _storage.Load().Where(t => !_ours.ContainsKey(t.Number)))
        {
            _trials[other.Number] = other;
        }

        var cutoff = _time.GetUtcNow() - _options.StaleAfter;
        var stale = _trials.Values
            .Where(t => t.State == TrialState.Running && !_ours.ContainsKey(t.Number) && (t.Heartbeat ?? DateTimeOffset.MinValue) < cutoff)
            .ToList();
        foreach (var trial in stale)
        {
            var taken = Running(trial.Number, trial.Values);
            if (_storage.TrySave(trial, taken))
            {
                return taken;
            }
        }

        return null;
    }

    private TrialLease Lease(Trial trial)
    {
        lock (_lock)
        {
            return _ours[trial.Number];
        }
    }

    private bool TimeIsUp() => _options.Timeout is { } timeout && _time.GetElapsedTime(_started) >= timeout;

    private Trial Running(int number, IReadOnlyDictionary<string, TrialValue> values) =>
        new(number, values, TrialState.Running, null, new Dictionary<int, double>(), 0, TimeSpan.Zero, Heartbeat: _storage.IsShared ? _time.GetUtcNow() : null);
}
