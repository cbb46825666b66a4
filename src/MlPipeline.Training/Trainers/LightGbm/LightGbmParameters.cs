using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Trainers.LightGbm;

/// <summary>
/// LightGBM's parameters under LightGBM's own names, with LightGBM's defaults; the search ranges are the usual ones for
/// datasets of a few hundred to a few hundred thousand rows.
/// </summary>
internal static class LightGbmParameters
{
    public static IReadOnlyList<TrainerParameter> All { get; } =
    [
        TrainerParameter.Searched("num_iterations", 100, ValueRange.AtLeast(1), n => new IntegerSpace(n, 50, 500, Log: true)),
        TrainerParameter.Searched("learning_rate", 0.1, ValueRange.Above(0), n => new LogUniformSpace(n, 0.01, 0.3)),
        TrainerParameter.Searched("num_leaves", 31, ValueRange.AtLeast(2), n => new IntegerSpace(n, 4, 128, Log: true)),
        TrainerParameter.Searched("min_data_in_leaf", 20, ValueRange.AtLeast(1), n => new IntegerSpace(n, 2, 100, Log: true)),
        TrainerParameter.Searched("feature_fraction", 1, ValueRange.Share, n => new UniformSpace(n, 0.5, 1)),
        TrainerParameter.Searched("bagging_fraction", 1, ValueRange.Share, n => new UniformSpace(n, 0.5, 1)),
        TrainerParameter.Searched("lambda_l1", 0, ValueRange.AtLeast(0), n => new LogUniformSpace(n, 1e-3, 10)),
        TrainerParameter.Searched("lambda_l2", 0, ValueRange.AtLeast(0), n => new LogUniformSpace(n, 1e-3, 10)),
    ];
}
