namespace MlPipeline.Components.Retraining;

/// <summary>What one trigger's check found.</summary>
public enum TriggerState
{
    /// <summary>The trigger fired: retrain.</summary>
    Fired,

    /// <summary>Checked, and it did not fire.</summary>
    NotFired,

    /// <summary>Not checked: nothing to check with (no parameter, no deployed version), or retraining was already decided.</summary>
    NotChecked,
}
