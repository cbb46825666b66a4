using MlPipeline.Build;
using MlPipeline.Components.Training;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Gates;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Components.Gates;

/// <summary>
/// Puts the candidate and the baseline on the same benchmark rows (matched by content hash, in the candidate's order)
/// and scores both there, so the paired bootstrap compares like with like even after the dataset grew or was reordered.
/// </summary>
internal static class BaselinePairing
{
    public sealed record Paired(GateCandidate Candidate, GateBaseline? Baseline, string? Note);

    /// <exception cref="InvalidOperationException">The baseline was judged on other rows or other classes; re-promote to replace it.</exception>
    public static Paired Pair(
        ScoredBenchmark candidate,
        IReadOnlyDictionary<string, double> operational,
        (Baseline Summary, BaselinePredictions Predictions)? baseline,
        PreparedDataset data,
        AbsolutePath root)
    {
        if (baseline is not { } committed)
        {
            var alone = Score(data, candidate.Rows.Labels, candidate.Evaluation.Outputs);
            return new Paired(new GateCandidate(With(alone.Metrics, operational), alone.Predictions), null, Note: null);
        }

        if (!(committed.Summary.Classes ?? []).SequenceEqual(data.Classes ?? []))
        {
            throw new InvalidOperationException(
                $"The baseline predicts the classes [{string.Join(", ", committed.Summary.Classes ?? [])}] but the schema now has [{string.Join(", ", data.Classes ?? [])}]; "
                + "the two cannot be compared. Promote a model trained on the new classes (./build.sh Promote --model-version N).");
        }

        var byHash = committed.Predictions.Rows.ToDictionary(r => r.RowHash, r => r.Outputs);
        var shared = Enumerable.Range(0, candidate.Rows.RowCount).Where(i => byHash.ContainsKey(candidate.RowHashes[i])).ToArray();
        if (shared.Length * 2 < candidate.Rows.RowCount)
        {
            throw new InvalidOperationException(
                $"Only {shared.Length} of the {candidate.Rows.RowCount} benchmark rows were scored by the baseline (version {committed.Summary.ModelVersion}); "
                + $"the benchmark split changed too much to compare. Re-promote the baseline on the new benchmark (./build.sh Promote --model-version {committed.Summary.ModelVersion}).");
        }

        var labels = shared.Select(i => candidate.Rows.Labels[i]).ToArray();
        var ours = Score(data, labels, shared.SelectMany(candidate.OutputsOf).ToArray());
        var theirs = Score(data, labels, shared.SelectMany(i => byHash[candidate.RowHashes[i]]).ToArray());
        var note = $"Baseline: {committed.Summary.ModelName} version {committed.Summary.ModelVersion} ({committed.Summary.ModelSha256[..19]}…), compared on "
            + (shared.Length == candidate.Rows.RowCount ? $"all {shared.Length} benchmark rows." : $"the {shared.Length} of {candidate.Rows.RowCount} benchmark rows it scored.");
        return new Paired(
            new GateCandidate(With(ours.Metrics, operational), ours.Predictions),
            new GateBaseline(With(theirs.Metrics, committed.Summary.Operational), theirs.Predictions),
            note);
    }

    private static (IReadOnlyDictionary<string, double> Metrics, BenchmarkPredictions Predictions) Score(PreparedDataset data, float[] labels, float[] outputs)
    {
        if (data.Task.Kind == TaskKind.Regression)
        {
            return (MetricsCalculator.Regression(labels, outputs).Values, new RegressorPredictions(labels, outputs));
        }

        var truth = Array.ConvertAll(labels, l => (int)l);
        return (MetricsCalculator.Classification(truth, outputs, data.Task.ClassCount).Values, new ClassifierPredictions(truth, outputs, data.Task.ClassCount));
    }

    private static Dictionary<string, double> With(IReadOnlyDictionary<string, double> quality, IReadOnlyDictionary<string, double> operational) =>
        quality.Concat(operational).ToDictionary(p => p.Key, p => p.Value);
}
