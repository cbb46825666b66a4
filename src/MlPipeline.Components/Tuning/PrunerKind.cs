namespace MlPipeline.Components.Tuning;

public enum PrunerKind
{
    /// <summary>Asynchronous successive halving over boosting rounds.</summary>
    Halving,
    None,
}
