using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Registry;

namespace MlPipeline.Components.Retraining;

/// <summary>
/// The <c>Retrain</c> target: decide whether the deployed model needs retraining (data changed, drift, age, metric decay,
/// a person asked, or nothing is deployed) and, only then, run the training chain up to Register.
/// </summary>
public interface IRetrain : IRegister, IDetectDrift
{
    [Parameter("Retrain when the deployed version is older than this (30d, 12h); default: age is not a trigger")]
    TimeSpan? MaxModelAge => ParameterValue<TimeSpan?>(null);

    [Parameter("A labelled CSV of recent production rows: retrain when the deployed model scored on it fails an absolute gate (macro_f1>=0.5)")]
    AbsolutePath? MonitoringBatch => ParameterValue<AbsolutePath?>(null);

    [Parameter("Retrain for this reason, whatever the other triggers say (as --force Retrain does), and record it")]
    string? RetrainReason => ParameterValue<string?>(null);

    Target CheckRetrainTriggers => _ => _
        .Description("Check each retraining trigger against the deployed version; write artifacts/retrain/decision.json")
        .Checks(() => GateRun.ParseGates(this))
        .Executes(() => new RetrainingDecider(this).Run());

    Target Retrain => _ => _
        .Description("Retrain when a trigger fires (data changed, drift, age, metric decay, --force / --retrain-reason, nothing deployed): ValidateData, Train, Evaluate, RegressionTest, Register")
        .DependsOn(CheckRetrainTriggers)
        .OnlyWhenDynamic(() => RetrainDecisionFile.Read(this).Retrain, "a retraining trigger fired")
        .Triggers(Register)
        .Executes(() => Log.Information($"Retraining: {string.Join("; ", RetrainDecisionFile.Read(this).Fired.Select(c => c.Line))}."));
}
