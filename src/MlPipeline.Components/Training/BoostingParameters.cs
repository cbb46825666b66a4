using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Training;

internal static class BoostingParameters
{
    public static XGBoostParameters From(IBoostingParameters build) => new(
        build.Eta,
        build.MaxDepth,
        build.MinChildWeight,
        build.Subsample,
        build.ColsampleBytree,
        build.Lambda,
        build.Alpha,
        build.Gamma,
        build.NumBoostRound,
        build.EarlyStoppingRounds,
        build.Seed,
        build.Nthread);
}
