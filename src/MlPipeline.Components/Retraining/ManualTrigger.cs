namespace MlPipeline.Components.Retraining;

/// <summary>A person asked: <c>--force Retrain</c> (or <c>--force</c>), or <c>--retrain-reason</c>.</summary>
internal static class ManualTrigger
{
    public static TriggerCheck Check(IRetrain build)
    {
        var forced = build.IsForced(build.Retrain);
        return (forced, build.RetrainReason) switch
        {
            (true, { } reason) => TriggerCheck.Fired(Triggers.Manual, $"--force Retrain: {reason}"),
            (true, null) => TriggerCheck.Fired(Triggers.Manual, "--force Retrain"),
            (false, { } reason) => TriggerCheck.Fired(Triggers.Manual, $"--retrain-reason: {reason}"),
            _ => TriggerCheck.NotFired(Triggers.Manual, "neither --force Retrain nor --retrain-reason"),
        };
    }
}
