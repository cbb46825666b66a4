using MlPipeline.Components.Training;
using MlPipeline.Data.Hashing;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Features;

namespace MlPipeline.Components.Gates;

/// <summary>A model's outputs on the pinned benchmark rows, each row known by its content hash.</summary>
internal sealed record ScoredBenchmark(EncodedRows Rows, ModelEvaluation Evaluation, IReadOnlyList<string> RowHashes, int OutputsPerRow)
{
    public static ScoredBenchmark Score(PreparedDataset data, ITrainer trainer, ReadOnlySpan<byte> model, int threads)
    {
        var rows = data.Encode(data.Splits.Benchmark);
        using var scorer = trainer.Load(model, data.Task, threads);
        var evaluation = ModelEvaluator.Evaluate(scorer, rows, data.Task);
        var hashes = RowHasher.Hash(data.Table, data.Schema, rows.SourceRows);
        var outputsPerRow = data.Task.Kind == TaskKind.Regression || data.Task.ClassCount == 2 ? 1 : data.Task.ClassCount;
        return new ScoredBenchmark(rows, evaluation, hashes.Select(RowHasher.Format).ToArray(), outputsPerRow);
    }

    public float[] OutputsOf(int row) => Evaluation.Outputs.AsSpan(row * OutputsPerRow, OutputsPerRow).ToArray();

    public BaselinePredictions ToBaselinePredictions(IReadOnlyList<string>? classes) =>
        new(classes, RowHashes.Select((hash, row) => new BaselineRow(hash, OutputsOf(row))).ToArray());
}
