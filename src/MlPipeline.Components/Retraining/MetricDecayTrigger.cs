using MlPipeline.Components.Data;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Training;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Features;
using MlPipeline.Training.Gates;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Components.Retraining;

/// <summary>
/// The deployed version, scored on a labelled batch of recent rows (<c>--monitoring-batch</c>), fails one of the absolute
/// gates every candidate must pass (RegressionTest's; gates against the baseline and operational ones do not apply to a batch).
/// </summary>
internal static class MetricDecayTrigger
{
    public static TriggerCheck Check(DecisionInputs inputs)
    {
        var build = inputs.Build;
        if (build.MonitoringBatch is not { } batchPath)
        {
            return TriggerCheck.NotChecked(Triggers.MetricDecay, "no --monitoring-batch");
        }

        var gates = GateRun.ParseGates(build).OfType<AbsoluteGate>().ToList();
        if (gates.Count == 0)
        {
            return TriggerCheck.NotChecked(Triggers.MetricDecay, NoGate);
        }

        var deployed = inputs.Deployed;
        var schema = inputs.Schema;
        var batch = DatasetFiles.Load(batchPath, schema).Table;
        // The classes of the data the model learned from, so codes mean the same when the batch lacks a class.
        var (task, _) = PreparedDataset.TaskOf(inputs.Dataset, schema);
        var rows = FeatureEncoder.Encode(batch, schema, Enumerable.Range(0, batch.RowCount).ToArray());
        using var scorer = RunTracking.TrainerOf(deployed.Parameters).Load(inputs.Registry.ReadModel(deployed.ModelSha256), task, build.Nthread);
        var metrics = ModelEvaluator.Evaluate(scorer, rows, task).Metrics.Values;
        var applicable = gates.Where(g => metrics.ContainsKey(g.Metric)).ToList<Gate>();
        if (applicable.Count == 0)
        {
            return TriggerCheck.NotChecked(Triggers.MetricDecay, NoGate);
        }

        var verdicts = GateEvaluator.Evaluate(applicable, new GateCandidate(metrics), baseline: null, BootstrapOptions.Default).Verdicts;
        var failed = verdicts.Where(v => v.State == GateState.Failed).ToList();
        var scored = $"{inputs.DeployedName} scored on {rows.RowCount} rows of {inputs.Shown(batchPath)}";
        return failed.Count > 0
            ? TriggerCheck.Fired(Triggers.MetricDecay, $"{scored} fails {string.Join(", ", failed.Select(v => $"{v.Gate} ({v.Message})"))}")
            : TriggerCheck.NotFired(Triggers.MetricDecay, $"{scored} passes {string.Join(", ", verdicts.Select(v => $"{v.Gate} ({v.Message})"))}");
    }

    private const string NoGate = "no absolute gate on a quality metric to hold the deployed model to; declare one in Build.cs (Gates) or pass --gate macro_f1>=0.5";
}
