using MlPipeline.Training.Gates;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Gates;

/// <summary>Binary classifiers on the same benchmark rows that differ by a chosen number of confidently wrong rows.</summary>
internal static class GateFixtures
{
    public const int Rows = 400;

    /// <summary>Classes alternate 0, 1, 0, …, so both are always present.</summary>
    public static int[] Truth { get; } = [.. Enumerable.Range(0, Rows).Select(row => row % 2)];

    /// <summary>p(class 1) = 0.8 on a true 1 and 0.2 on a true 0, except the first <paramref name="wrongRows"/> rows, where it is reversed.</summary>
    public static float[] Probabilities(int wrongRows) =>
        [.. Truth.Select((truth, row) => (truth == 1) == (row >= wrongRows) ? 0.8f : 0.2f)];

    /// <summary>A classifier with its metrics computed from its predictions, plus any operational values.</summary>
    public static GateCandidate Candidate(int wrongRows, params (string Metric, double Value)[] operational) =>
        new(Metrics(wrongRows, operational), Predictions(wrongRows));

    public static GateBaseline Baseline(int wrongRows, params (string Metric, double Value)[] operational) =>
        new(Metrics(wrongRows, operational), Predictions(wrongRows));

    private static ClassifierPredictions Predictions(int wrongRows) => new(Truth, Probabilities(wrongRows), classCount: 2);

    private static Dictionary<string, double> Metrics(int wrongRows, (string Metric, double Value)[] operational)
    {
        var metrics = MetricsCalculator.Classification(Truth, Probabilities(wrongRows), classCount: 2).Values.ToDictionary();
        foreach (var (metric, value) in operational)
        {
            metrics[metric] = value;
        }

        return metrics;
    }
}
