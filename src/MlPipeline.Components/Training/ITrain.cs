using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Tuning;

namespace MlPipeline.Components.Training;

/// <summary>The <c>Train</c> target: an XGBoost model from the validated training split.</summary>
public interface ITrain : IValidateData, IBoostingParameters, IRegistryAccess
{
    Target Train => _ => _
        .Description("Train XGBoost on the training split, early-stopping on the validation split; print the validation metrics")
        .DependsOn(ValidateData)
        .Inputs(TuningArtifacts.Best(this))
        .Reads(BoostingParameters.Reads(this))
        .Produces(ModelArtifacts.Model(this), ModelArtifacts.Lineage(this))
        .Checks(() => BoostingParameters.From(this).Validate())
        .Executes(cancellation => new TrainingRun(this).RunAsync(cancellation));
}
