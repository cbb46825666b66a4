namespace MlPipeline.Training.Tuning.Study;

/// <summary>Keeps the trials for the life of the process: a study that need not resume.</summary>
public sealed class InMemoryStudyStorage : IStudyStorage
{
    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, Trial> _trials = [];
    private int _next;

    public int ReserveTrialNumber()
    {
        lock (_lock)
        {
            return _next++;
        }
    }

    public void Save(Trial trial)
    {
        lock (_lock)
        {
            _trials[trial.Number] = trial;
            _next = Math.Max(_next, trial.Number + 1);
        }
    }

    public IReadOnlyList<Trial> Load()
    {
        lock (_lock)
        {
            return [.. _trials.Values];
        }
    }
}
