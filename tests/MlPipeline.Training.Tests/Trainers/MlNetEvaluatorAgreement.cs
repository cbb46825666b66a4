using Microsoft.ML;
using MlPipeline.Training.Evaluation;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Trainers;
using MlPipeline.Training.Trainers.MlNet;

namespace MlPipeline.Training.Tests.Trainers;

/// <summary>Our metrics on an ML.NET model's predictions equal ML.NET's own evaluator's where both define the metric.</summary>
public sealed class MlNetEvaluatorAgreement
{
    [Theory]
    [InlineData(TrainerKind.LightGbm)]
    [InlineData(TrainerKind.FastTree)]
    public void BinaryAccuracyAndAucMatch(TrainerKind kind)
    {
        var (ours, ml, scored) = Score(kind, "breast_cancer");
        var theirs = ml.BinaryClassification.Evaluate(scored, MlNetColumns.Binary);

        Assert.Equal(theirs.Accuracy, ours[MetricNames.Accuracy], 12);
        Assert.Equal(theirs.AreaUnderRocCurve, ours[MetricNames.RocAuc], 12);
        Assert.Equal(theirs.F1Score, ours[MetricNames.F1], 12);
    }

    [Theory]
    [InlineData(TrainerKind.LightGbm)]
    [InlineData(TrainerKind.FastTree)]
    public void MulticlassAccuracyMatches(TrainerKind kind)
    {
        var (ours, ml, scored) = Score(kind, "seattle-weather");
        var theirs = ml.MulticlassClassification.Evaluate(scored, MlNetColumns.Class);

        Assert.Equal(theirs.MicroAccuracy, ours[MetricNames.Accuracy], 12);
    }

    [Theory]
    [InlineData(TrainerKind.LightGbm)]
    [InlineData(TrainerKind.FastTree)]
    public void RegressionRmseMaeAndR2Match(TrainerKind kind)
    {
        var (ours, ml, scored) = Score(kind, "cars");
        var theirs = ml.Regression.Evaluate(scored, MlNetColumns.Value);

        Assert.Equal(theirs.RootMeanSquaredError, ours[MetricNames.Rmse], 5);
        Assert.Equal(theirs.MeanAbsoluteError, ours[MetricNames.Mae], 5);
        Assert.Equal(theirs.RSquared, ours[MetricNames.R2], 5);
    }

    private static (IReadOnlyDictionary<string, double> Ours, MLContext Ml, IDataView Scored) Score(TrainerKind kind, string dataset)
    {
        var data = SampleDataset.Load(dataset);
        var trainer = TrainerCatalog.For(kind);
        var result = trainer.Train(data.Task, data.Train, data.Validation, new Dictionary<string, double>(), new TrainerRun(0, 2, 0), null, null, default);
        using var scorer = trainer.Load(result.Model, data.Task, 2);
        var ml = new MLContext(0);
        var scored = MlNetModelFile.Load(ml, result.Model).Transform(MlNetData.Labelled(ml, data.Benchmark, data.Task));
        return (ModelEvaluator.Evaluate(scorer, data.Benchmark, data.Task).Metrics.Values, ml, scored);
    }
}
