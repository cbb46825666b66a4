namespace MlPipeline.Training.Tuning;

public enum TrialState
{
    Running,
    Completed,
    Pruned,
    Failed,
}
