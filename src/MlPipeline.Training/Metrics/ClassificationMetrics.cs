using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Metrics;

/// <summary>Metrics of a binary or multiclass classifier on a set of rows.</summary>
public sealed record ClassificationMetrics(
    TaskKind Task,
    int ClassCount,
    IReadOnlyDictionary<string, double> Values,
    ConfusionMatrix ConfusionMatrix) : IMetrics;
