using MlPipeline.Training.Tuning;

namespace MlPipeline.Training.Trainers.FastTree;

/// <summary>ML.NET FastTree's parameters under its option names in snake_case, with its defaults.</summary>
internal static class FastTreeParameters
{
    public static IReadOnlyList<TrainerParameter> All { get; } =
    [
        TrainerParameter.Searched("number_of_trees", 100, ValueRange.AtLeast(1), n => new IntegerSpace(n, 50, 500, Log: true)),
        TrainerParameter.Searched("learning_rate", 0.2, ValueRange.Above(0), n => new LogUniformSpace(n, 0.01, 0.4)),
        TrainerParameter.Searched("number_of_leaves", 20, ValueRange.AtLeast(2), n => new IntegerSpace(n, 4, 128, Log: true)),
        TrainerParameter.Searched("minimum_example_count_per_leaf", 10, ValueRange.AtLeast(1), n => new IntegerSpace(n, 2, 100, Log: true)),
        TrainerParameter.Searched("feature_fraction", 1, ValueRange.Share, n => new UniformSpace(n, 0.5, 1)),
    ];
}
