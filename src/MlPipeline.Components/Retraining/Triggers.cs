namespace MlPipeline.Components.Retraining;

/// <summary>The names of the retraining triggers, as decision.json and the log spell them, in the order they are checked (cheapest first).</summary>
internal static class Triggers
{
    public const string Manual = "manual";
    public const string NoDeployedVersion = "no deployed version";
    public const string Age = "age";
    public const string DataChanged = "data changed";
    public const string Drift = "drift";
    public const string MetricDecay = "metric decay";
}
