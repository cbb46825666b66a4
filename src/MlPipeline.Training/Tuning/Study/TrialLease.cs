namespace MlPipeline.Training.Tuning.Study;

/// <summary>
/// This runner's hold on one of its running trials. In a shared study it saves a heartbeat until the trial ends; every
/// save is conditional on the stored trial being the one this lease saved last, so once another process has taken
/// the trial over (the heartbeat had stopped, say the machine was suspended) this one never overwrites it.
/// </summary>
internal sealed class TrialLease : IDisposable
{
    private readonly Lock _lock = new();
    private readonly IStudyStorage _storage;
    private readonly TimeProvider _time;
    private readonly ITimer? _heartbeat;
    private Trial _saved;
    private bool _ended;

    /// <param name="saved">The trial as it is stored now, saved by this runner.</param>
    /// <param name="heartbeatInterval">How often to save a heartbeat; null for none (a storage no other process reads).</param>
    public TrialLease(IStudyStorage storage, Trial saved, TimeProvider time, TimeSpan? heartbeatInterval)
    {
        (_storage, _saved, _time) = (storage, saved, time);
        _heartbeat = heartbeatInterval is { } interval ? time.CreateTimer(_ => Beat(), null, interval, interval) : null;
    }

    /// <summary>True once another process has saved this trial: whatever this runner makes of it is dropped.</summary>
    public bool IsLost { get; private set; }

    /// <summary>Saves the trial as it ended and stops the heartbeat.</summary>
    /// <returns>False when the trial had been taken over, leaving the other process's trial as it is.</returns>
    public bool End(Trial ended)
    {
        lock (_lock)
        {
            Stop();
            return !IsLost && Save(ended with { Heartbeat = _time.GetUtcNow() });
        }
    }

    /// <summary>Stops the heartbeat and leaves the stored trial as it is (running): a cancelled study's trial.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            Stop();
        }
    }

    private void Stop()
    {
        _ended = true;
        _heartbeat?.Dispose();
    }

    private void Beat()
    {
        lock (_lock)
        {
            if (_ended || IsLost)
            {
                return;
            }

            try
            {
                Save(_saved with { Heartbeat = _time.GetUtcNow() });
            }
            catch (Exception)
            {
                // An unreachable store must not kill the process from a timer thread; the next beat tries again, and the
                // trial's final save reports the failure where the study can see it.
            }
        }
    }

    private bool Save(Trial trial)
    {
        if (_storage.TrySave(_saved, trial))
        {
            _saved = trial;
            return true;
        }

        IsLost = true;
        return false;
    }
}
