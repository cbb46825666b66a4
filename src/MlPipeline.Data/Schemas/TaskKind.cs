namespace MlPipeline.Data.Schemas;

/// <summary>The learning task, which decides the objective and the metrics.</summary>
public enum TaskKind
{
    Binary,
    Multiclass,
    Regression,
}
