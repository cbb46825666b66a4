using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Features;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>Which columns an ML.NET trainer reads for a task.</summary>
/// <param name="Label">Binary (bool), Class (key) or Value (float).</param>
/// <param name="Weight">The weight column when the schema has one, else null.</param>
internal sealed record MlNetLabels(string Label, string? Weight)
{
    public static MlNetLabels For(TrainingTask task, EncodedRows train) => new(
        task.Kind switch
        {
            TaskKind.Binary => MlNetColumns.Binary,
            TaskKind.Multiclass => MlNetColumns.Class,
            _ => MlNetColumns.Value,
        },
        train.Weights is null ? null : MlNetColumns.Weight);
}
