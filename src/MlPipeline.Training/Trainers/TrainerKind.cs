namespace MlPipeline.Training.Trainers;

/// <summary>The trainer families a model can come from (<c>--trainer</c>).</summary>
public enum TrainerKind
{
    XGBoost,
    LightGbm,
    FastTree,
}
