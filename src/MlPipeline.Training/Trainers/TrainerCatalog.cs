using MlPipeline.Training.Trainers.FastTree;
using MlPipeline.Training.Trainers.LightGbm;
using MlPipeline.Training.Trainers.XGBoost;

namespace MlPipeline.Training.Trainers;

/// <summary>Every trainer family, by <see cref="TrainerKind"/> or by name.</summary>
public static class TrainerCatalog
{
    public static IReadOnlyList<ITrainer> All { get; } = [new XGBoostFamily(), LightGbmEstimator.Trainer, FastTreeEstimator.Trainer];

    public static ITrainer For(TrainerKind kind) => All.Single(t => t.Kind == kind);

    /// <summary>The trainer training.json or a registered version names; before trainers were recorded every model was XGBoost's.</summary>
    /// <exception cref="TrainingException">The name is not a known trainer.</exception>
    public static ITrainer Named(string? name) =>
        name is null ? For(TrainerKind.XGBoost)
        : All.FirstOrDefault(t => t.Name == name)
            ?? throw new Boosting.TrainingException($"The model was trained by \"{name}\", which this build does not know; use one of {string.Join(", ", All.Select(t => t.Name))}.");
}
