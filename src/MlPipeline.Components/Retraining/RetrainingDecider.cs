using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Registry;

namespace MlPipeline.Components.Retraining;

/// <summary>
/// What <see cref="IRetrain.CheckRetrainTriggers"/> does. The free checks (a person asked, nothing deployed, age) always
/// run; the costly ones (data hash, drift, metric decay) run cheapest first and stop once a trigger has fired, so a decided
/// retraining reads no more than it must.
/// </summary>
internal sealed class RetrainingDecider(IRetrain build)
{
    private static readonly string[] AgainstADeployedVersion = [Triggers.Age, Triggers.DataChanged, Triggers.Drift, Triggers.MetricDecay];

    public void Run()
    {
        var path = ArtifactPaths.Retrain.Decision(build);
        foreach (var stale in new[] { path, ArtifactPaths.Retrain.Drift(build) })
        {
            // A failed decision must not leave the previous one for Retrain to act on.
            if (stale.Exists)
            {
                File.Delete(stale);
            }
        }

        var name = RegistryAccess.ModelName(build);
        using var registry = RegistryAccess.Open(build);
        var deployed = registry.Deployed(name);
        var checks = new List<TriggerCheck> { ManualTrigger.Check(build) };
        if (deployed is null)
        {
            checks.Add(TriggerCheck.Fired(Triggers.NoDeployedVersion, $"no version of {name} is deployed in {RegistryAccess.Display(build)}"));
            checks.AddRange(AgainstADeployedVersion.Select(t => TriggerCheck.NotChecked(t, "nothing deployed to compare with")));
        }
        else
        {
            checks.Add(TriggerCheck.NotFired(Triggers.NoDeployedVersion, $"version {deployed.Version} is deployed"));
            checks.Add(AgeTrigger.Check(build, deployed));
            var inputs = new DecisionInputs(build, registry, deployed);
            foreach (var (trigger, check) in new (string, Func<DecisionInputs, TriggerCheck>)[]
                     {
                         (Triggers.DataChanged, DataChangeTrigger.Check),
                         (Triggers.Drift, DriftTrigger.Check),
                         (Triggers.MetricDecay, MetricDecayTrigger.Check),
                     })
            {
                checks.Add(checks.FirstOrDefault(c => c.State == TriggerState.Fired) is { } fired
                    ? TriggerCheck.NotChecked(trigger, $"retraining is already decided ({fired.Trigger})")
                    : check(inputs));
            }
        }

        var decision = new RetrainDecision(name, deployed?.Version, build.Time.GetUtcNow(), checks);
        RetrainDecisionFile.Write(build, decision);
        foreach (var check in checks)
        {
            build.Log.Information($"  {Mark(check.State)} {check.Line}");
        }

        build.Log.Information($"{decision.Summary} Written to {path.RelativeTo(build.RootDirectory)}.");
    }

    private static string Mark(TriggerState state) => state switch
    {
        TriggerState.Fired => "fired      ",
        TriggerState.NotFired => "not fired  ",
        _ => "not checked",
    };
}
