using MlPipeline.Build;

namespace MlPipeline.Components.Training;

/// <summary>XGBoost's training parameters under XGBoost's own names (<c>--num-boost-round</c>, <c>--max-depth</c>, …).</summary>
/// <remarks>A build sets its own defaults by overriding these members; <c>.nuke/parameters.json</c> and the command line override those.</remarks>
public interface IBoostingParameters : IPipelineBuild
{
    [Parameter("Learning rate (shrinkage of each tree), > 0")]
    double Eta => ParameterValue(0.3);

    [Parameter("Maximum tree depth, >= 0")]
    int MaxDepth => ParameterValue(6);

    [Parameter("Minimum sum of instance weight (hessian) in a child")]
    double MinChildWeight => ParameterValue(1.0);

    [Parameter("Share of rows sampled per tree, in (0, 1]")]
    double Subsample => ParameterValue(1.0);

    [Parameter("Share of features sampled per tree, in (0, 1]")]
    double ColsampleBytree => ParameterValue(1.0);

    [Parameter("L2 regularisation of leaf weights, >= 0")]
    double Lambda => ParameterValue(1.0);

    [Parameter("L1 regularisation of leaf weights, >= 0")]
    double Alpha => ParameterValue(0.0);

    [Parameter("Minimum loss reduction to split a leaf, >= 0")]
    double Gamma => ParameterValue(0.0);

    [Parameter("Boosting rounds (trees per class)")]
    int NumBoostRound => ParameterValue(100);

    [Parameter("Stop when the validation metric has not improved for this many rounds; 0 turns early stopping off")]
    int EarlyStoppingRounds => ParameterValue(20);

    [Parameter("Random seed of XGBoost's row and column sampling")]
    int Seed => ParameterValue(0);

    [Parameter("Threads XGBoost trains with; the model depends on it, so it is fixed rather than 'all cores'")]
    int Nthread => ParameterValue(2);
}
