using MlPipeline.Data.Schemas;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Training.Tests.Trainers;

public sealed class TrainerQuality
{
    private static readonly IReadOnlyDictionary<string, double> Defaults = new Dictionary<string, double>();

    // Benchmark-split quality with each trainer's default parameters, 2 threads, seed 0 (measured: lightgbm 0.977, 0.532,
    // 3.83, 0.975; fasttree 0.955, 0.568, 3.79, 0.975; xgboost 1.0, 0.587, 3.58, 0.975), with a margin below.
    [Theory]
    [InlineData(TrainerKind.LightGbm, "penguins", 0.95)]
    [InlineData(TrainerKind.LightGbm, "seattle-weather", 0.50)]
    [InlineData(TrainerKind.LightGbm, "cars", 4.1)]
    [InlineData(TrainerKind.LightGbm, "breast_cancer", 0.95)]
    [InlineData(TrainerKind.FastTree, "penguins", 0.93)]
    [InlineData(TrainerKind.FastTree, "seattle-weather", 0.53)]
    [InlineData(TrainerKind.FastTree, "cars", 4.1)]
    [InlineData(TrainerKind.FastTree, "breast_cancer", 0.95)]
    [InlineData(TrainerKind.XGBoost, "seattle-weather", 0.55)]
    [InlineData(TrainerKind.XGBoost, "cars", 3.9)]
    public void EachTrainerReachesKnownQualityOnTheSampleDatasets(TrainerKind kind, string dataset, double bound)
    {
        var data = SampleDataset.Load(dataset);
        var trainer = TrainerCatalog.For(kind);

        var result = trainer.Train(data.Task, data.Train, data.Validation, Defaults, new TrainerRun(0, 2, 20), null, null, default);
        using var scorer = trainer.Load(result.Model, data.Task, 2);
        var metrics = ModelEvaluator.Evaluate(scorer, data.Benchmark, data.Task).Metrics.Values;

        if (data.Task.Kind == TaskKind.Regression)
        {
            Assert.InRange(metrics[MetricNames.Rmse], 0, bound);
        }
        else
        {
            Assert.InRange(metrics[MetricNames.MacroF1], bound, 1);
        }
    }

    [Theory]
    [InlineData(TrainerKind.LightGbm, "seattle-weather")]
    [InlineData(TrainerKind.FastTree, "cars")]
    [InlineData(TrainerKind.LightGbm, "breast_cancer")]
    public void TheSameDataSeedAndThreadsGiveTheSameModelBytes(TrainerKind kind, string dataset)
    {
        var data = SampleDataset.Load(dataset);
        var trainer = TrainerCatalog.For(kind);

        var first = trainer.Train(data.Task, data.Train, data.Validation, Defaults, new TrainerRun(3, 2, 20), null, null, default);
        Thread.Sleep(2100); // past the zip format's 2-second timestamp resolution, which ML.NET stamps every entry with
        var second = trainer.Train(data.Task, data.Train, data.Validation, Defaults, new TrainerRun(3, 2, 20), null, null, default);

        Assert.Equal(first.Model, second.Model);
    }

    [Fact]
    public void AValueOutOfRangeOrAnUnknownNameIsOneMessageListingWhatTheTrainerTakes()
    {
        var data = SampleDataset.Load("penguins");
        var trainer = TrainerCatalog.For(TrainerKind.LightGbm);

        var range = Assert.Throws<TrainingException>(() =>
            trainer.Train(data.Task, data.Train, data.Validation, new Dictionary<string, double> { ["num_leaves"] = 1, ["feature_fraction"] = 0 }, new TrainerRun(0, 1, 0), null, null, default));
        var unknown = Assert.Throws<TrainingException>(() =>
            trainer.Train(data.Task, data.Train, data.Validation, new Dictionary<string, double> { ["eta"] = 0.1 }, new TrainerRun(0, 1, 0), null, null, default));

        Assert.Equal("Invalid training parameters: num_leaves is 1 but must be >= 2; feature_fraction is 0 but must be in (0, 1].", range.Message);
        Assert.Equal(
            "Unknown training parameter eta; this trainer takes num_iterations, learning_rate, num_leaves, min_data_in_leaf, feature_fraction, bagging_fraction, lambda_l1, lambda_l2.",
            unknown.Message);
    }
}
