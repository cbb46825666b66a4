using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Data;
using MlPipeline.Components.Registry;
using MlPipeline.Components.Tuning;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Training;

/// <summary>The <c>Train</c> target: an XGBoost model from the validated training split.</summary>
public interface ITrain : IValidateData, IBoostingParameters, IRegistryAccess
{
    [Parameter("Which trainer: xgboost (its own options below), lightgbm or fasttree (ML.NET; set their parameters with --trainer-parameters)")]
    TrainerKind Trainer => ParameterValue(TrainerKind.XGBoost);

    [Parameter("LightGBM or FastTree parameters as name=value under their own names, e.g. num_leaves=63 learning_rate=0.05")]
    string[] TrainerParameters => ParameterValue<string[]>([]);

    Target Train => _ => _
        .Description("Train the --trainer (XGBoost by default, early-stopping on the validation split; or ML.NET LightGBM / FastTree) on the training split; print the validation metrics")
        .DependsOn(ValidateData)
        .Inputs(ArtifactPaths.Tuning.Best(this))
        .Reads([.. BoostingParameters.Reads(this), () => Trainer, () => string.Join(" ", TrainerParameters)])
        .Produces(ArtifactPaths.Model.File(this), ArtifactPaths.Model.Lineage(this))
        .Checks(() => TrainerSettings.From(this))
        .Executes(cancellation => new TrainingRun(this).RunAsync(cancellation));
}
