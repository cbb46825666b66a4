using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Training;

namespace MlPipeline.Components.Gates;

/// <summary>The <c>RegressionTest</c> target: is the model good enough to ship, on its own and against the committed baseline?</summary>
public interface IRegressionTest : IEvaluate
{
    [Parameter("A gate the model must pass, repeatable: macro_f1>=0.55, log_loss<=0.6, macro_f1:no-worse-than-baseline:0.01 (or :2%), model_size_bytes<=1e6, predict_latency_p99_ms<=5")]
    string[] Gate => ParameterValue<string[]>([]);

    /// <summary>The gates this build always applies, in the same forms as <c>--gate</c>; a build overrides this member, and <c>--gate</c> adds to it.</summary>
    string[] Gates => [];

    Target RegressionTest => _ => _
        .Description("Judge the model on the benchmark split: absolute gates, and gates against models/baseline.json by a paired bootstrap; write artifacts/model/gate.json")
        .DependsOn(Evaluate)
        .Inputs(ArtifactPaths.Model.File(this), ArtifactPaths.Baseline.Summary(this), ArtifactPaths.Baseline.Predictions(this))
        .Reads(() => Gates, () => Gate, () => BootstrapReplicates)
        .Checks(() => GateRun.ParseGates(this))
        .Produces(ArtifactPaths.Model.Gate(this), ArtifactPaths.Model.Verdict(this))
        .Executes(() => new GateRun(this).Run());
}
