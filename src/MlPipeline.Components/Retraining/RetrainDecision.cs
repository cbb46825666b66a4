using System.Text.Json.Serialization;

namespace MlPipeline.Components.Retraining;

/// <summary>The contents of <c>artifacts/retrain/decision.json</c>: every trigger's check and whether they add up to retraining.</summary>
/// <param name="DeployedVersion">The version the checks compared with; null when none is deployed.</param>
/// <param name="Checks">Every trigger, in the order checked.</param>
internal sealed record RetrainDecision(string Model, int? DeployedVersion, DateTimeOffset DecidedAt, IReadOnlyList<TriggerCheck> Checks)
{
    /// <summary>True when at least one trigger fired.</summary>
    public bool Retrain => Fired.Count > 0;

    [JsonIgnore]
    public IReadOnlyList<TriggerCheck> Fired => [.. Checks.Where(c => c.State == TriggerState.Fired)];

    /// <summary>The one line the build log ends the decision with.</summary>
    public string Summary => Retrain
        ? $"Retraining {Model}: {string.Join("; ", Fired.Select(c => c.Line))}."
        : $"No trigger fired: {string.Join("; ", Checks.Select(c => c.Line))}.";
}
