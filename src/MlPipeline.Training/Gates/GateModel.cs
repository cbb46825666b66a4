namespace MlPipeline.Training.Gates;

/// <summary>What the gates know of a model: its metric values and, for the paired bootstrap, its benchmark predictions.</summary>
/// <remarks>Two subtypes, so the candidate and the baseline cannot be swapped by mistake (that would flip every delta).</remarks>
public abstract record GateModel
{
    private protected GateModel(string role, IReadOnlyDictionary<string, double> metrics, BenchmarkPredictions? predictions)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var (name, value) in metrics)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException(
                    $"The {role}'s metric {name} is {value}; leave an undefined metric out instead (a gate on a missing metric fails and says so).",
                    nameof(metrics));
            }
        }

        (Role, Metrics, Predictions) = (role, metrics, predictions);
    }

    /// <summary>Metric name (quality and operational, see <see cref="GateMetrics.All"/>) to value; other names are ignored.</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; }

    /// <summary>The model's outputs on the benchmark rows; without them a baseline gate compares the values without an interval.</summary>
    public BenchmarkPredictions? Predictions { get; }

    /// <summary>"candidate" or "baseline", as messages name it.</summary>
    internal string Role { get; }

    /// <summary>Why a gate on <paramref name="metric"/> cannot be checked against this model, naming what it has instead.</summary>
    internal string Lacks(string metric) =>
        $"the {Role} has no {metric} ({(Metrics.Count == 0 ? "it has no metrics" : $"it has {string.Join(", ", Metrics.Keys)}")})";
}
