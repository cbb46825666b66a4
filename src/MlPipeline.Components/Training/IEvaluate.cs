using MlPipeline.Components.Artifacts;
using MlPipeline.Build;

namespace MlPipeline.Components.Training;

/// <summary>The <c>Evaluate</c> target: the trained model judged on the pinned benchmark split.</summary>
public interface IEvaluate : ITrain
{
    [Parameter("Bootstrap resamples for the metrics' 95% confidence intervals")]
    int BootstrapReplicates => ParameterValue(1000);

    Target Evaluate => _ => _
        .Description("Score the model on the pinned benchmark split: metrics with bootstrap intervals, per-row predictions, SHAP feature importance")
        .DependsOn(Train)
        .Reads(() => BootstrapReplicates)
        .Produces(ArtifactPaths.Model.Metrics(this), ArtifactPaths.Model.Predictions(this), ArtifactPaths.Model.Importance(this))
        .Executes(cancellation => new EvaluationRun(this).RunAsync(cancellation));
}
