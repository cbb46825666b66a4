namespace MlPipeline.Components.Retraining;

/// <summary>The dataset is not the data the deployed version learned from: its data hash differs.</summary>
internal static class DataChangeTrigger
{
    public static TriggerCheck Check(DecisionInputs inputs)
    {
        var dataset = inputs.Shown(inputs.Build.Dataset);
        var trainedOn = inputs.Deployed.DataHash;
        return inputs.DataHash == trainedOn
            ? TriggerCheck.NotFired(Triggers.DataChanged, $"{dataset} is the data {inputs.DeployedName} was trained on ({Short(trainedOn)})")
            : TriggerCheck.Fired(Triggers.DataChanged, $"{dataset} has data hash {Short(inputs.DataHash)}; {inputs.DeployedName} was trained on {Short(trainedOn)}");
    }

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] + "…" : hash;
}
