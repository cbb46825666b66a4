using MlPipeline.Build;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Training;

/// <summary>XGBoost's training parameters under XGBoost's own names (<c>--num-boost-round</c>, <c>--max-depth</c>, …).</summary>
/// <remarks>Their defaults, ranges and XGBoost names are in <see cref="XGBoostParameterTable"/>. A build sets its own defaults by overriding these members; <c>.nuke/parameters.json</c> and the command line override those.</remarks>
public interface IBoostingParameters : IPipelineBuild
{
    [Parameter("Learning rate (shrinkage of each tree)")]
    double Eta => ParameterValue(XGBoostParameters.Defaults.Eta);

    [Parameter("Maximum tree depth")]
    int MaxDepth => ParameterValue(XGBoostParameters.Defaults.MaxDepth);

    [Parameter("Minimum sum of instance weight (hessian) in a child")]
    double MinChildWeight => ParameterValue(XGBoostParameters.Defaults.MinChildWeight);

    [Parameter("Share of rows sampled per tree")]
    double Subsample => ParameterValue(XGBoostParameters.Defaults.Subsample);

    [Parameter("Share of features sampled per tree")]
    double ColsampleBytree => ParameterValue(XGBoostParameters.Defaults.ColsampleBytree);

    [Parameter("L2 regularisation of leaf weights")]
    double Lambda => ParameterValue(XGBoostParameters.Defaults.Lambda);

    [Parameter("L1 regularisation of leaf weights")]
    double Alpha => ParameterValue(XGBoostParameters.Defaults.Alpha);

    [Parameter("Minimum loss reduction to split a leaf")]
    double Gamma => ParameterValue(XGBoostParameters.Defaults.Gamma);

    [Parameter("Boosting rounds (trees per class)")]
    int NumBoostRound => ParameterValue(XGBoostParameters.Defaults.NumBoostRound);

    [Parameter("Stop when the validation metric has not improved for this many rounds; 0 turns early stopping off")]
    int EarlyStoppingRounds => ParameterValue(XGBoostParameters.Defaults.EarlyStoppingRounds);

    [Parameter("Random seed of XGBoost's row and column sampling")]
    int Seed => ParameterValue(XGBoostParameters.Defaults.Seed);

    [Parameter("Threads XGBoost trains with; the model depends on it, so it is fixed rather than 'all cores'")]
    int Nthread => ParameterValue(XGBoostParameters.Defaults.Nthread);
}
