using MlPipeline.Data.Schemas;

namespace MlPipeline.Training.Boosting;

/// <summary>What is learned: the task and, for classification, how many classes.</summary>
public sealed record TrainingTask(TaskKind Kind, int ClassCount)
{
    public static TrainingTask Regression { get; } = new(TaskKind.Regression, 0);
}
