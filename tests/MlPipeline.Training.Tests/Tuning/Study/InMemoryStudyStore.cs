using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Training.Tests.Tuning.Study;

/// <summary>
/// What the registry's study store does for one study, in memory: the store several processes share. Each
/// <see cref="Connect"/> is one process's view of it.
/// </summary>
internal sealed class InMemoryStudyStore
{
    public const string Study = "churn-xgboost";

    private readonly Lock _lock = new();
    private readonly SortedDictionary<int, (string State, string Json)> _trials = [];
    private int _next;

    public SharedStudyStorage Connect() => new(Study, Reserve, Save, Replace, Load);

    public IReadOnlyList<string> States()
    {
        lock (_lock)
        {
            return [.. _trials.Values.Select(trial => trial.State)];
        }
    }

    public void Add(string json)
    {
        lock (_lock)
        {
            _trials[_next] = ("unparsed", json);
            _next++;
        }
    }

    private int Reserve()
    {
        lock (_lock)
        {
            return _next++;
        }
    }

    private void Save(int number, string state, string json)
    {
        lock (_lock)
        {
            _trials[number] = (state, json);
        }
    }

    private bool Replace(int number, string expected, string state, string json)
    {
        lock (_lock)
        {
            if (!_trials.TryGetValue(number, out var trial) || trial.Json != expected)
            {
                return false;
            }

            _trials[number] = (state, json);
            return true;
        }
    }

    private IReadOnlyList<string> Load()
    {
        lock (_lock)
        {
            return [.. _trials.Values.Select(trial => trial.Json)];
        }
    }
}
