using MlPipeline.Data.Schemas;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class BinaryMetrics
{
    // Ties at 0.4 (two negatives, one positive) and at 0.5 (one of each) check the threshold grouping.
    private static readonly int[] Truth = [0, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 0];
    private static readonly float[] Positive = [0.1f, 0.4f, 0.55f, 0.8f, 0.4f, 0.4f, 0.7f, 0.9f, 0.5f, 0.2f, 0.6f, 0.5f];

    // Expected values: python3, sklearn 1.2.1, with
    //   y = np.array([0,0,1,1,0,1,0,1,1,0,1,0])
    //   p = np.array([0.1,0.4,0.55,0.8,0.4,0.4,0.7,0.9,0.5,0.2,0.6,0.5], dtype=np.float32).astype(np.float64)
    //   pred = (p >= 0.5).astype(int)
    [Theory]
    [InlineData("accuracy", 0.75)] // accuracy_score(y, pred)
    [InlineData("precision", 0.7142857142857143)] // precision_score(y, pred)
    [InlineData("recall", 0.8333333333333334)] // recall_score(y, pred)
    [InlineData("f1", 0.7692307692307692)] // f1_score(y, pred)
    [InlineData("macro_f1", 0.7482517482517481)] // f1_score(y, pred, average='macro')
    [InlineData("micro_f1", 0.75)] // f1_score(y, pred, average='micro')
    [InlineData("roc_auc", 0.8194444444444445)] // roc_auc_score(y, p)
    [InlineData("pr_auc", 0.8107142857142856)] // average_precision_score(y, p)
    [InlineData("log_loss", 0.5244899853423494)] // log_loss(y, p, eps=np.finfo(np.float32).eps)
    public void EachMetricMatchesScikitLearnOnTiedScores(string metric, double expected)
    {
        var metrics = MetricsCalculator.Classification(Truth, Positive, classCount: 2);

        Assert.Equal(expected, metrics.Values[metric], 1e-12);
    }

    [Fact]
    public void EveryClassificationMetricIsReportedInTheDocumentedOrder()
    {
        var metrics = MetricsCalculator.Classification(Truth, Positive, classCount: 2);

        Assert.Equal(TaskKind.Binary, metrics.Task);
        Assert.Equal(MetricNames.Classification, metrics.Values.Keys);
    }

    [Fact]
    public void TheConfusionMatrixHasTrueClassesAsRowsLikeScikitLearn()
    {
        var matrix = MetricsCalculator.Classification(Truth, Positive, classCount: 2).ConfusionMatrix;

        // confusion_matrix(y, pred) == [[4, 2], [1, 5]]
        Assert.Equal([[4L, 2L], [1L, 5L]], matrix.ToRows());
        Assert.Equal(2L, matrix[0, 1]);
        Assert.Equal(1L, matrix[1, 0]);
    }

    [Fact]
    public void LogLossClipsCertainWrongAnswersToFloat32Epsilon()
    {
        // log_loss([1,0,1,0], np.array([0,1,1,0.25], dtype=np.float32)) == 8.04311312435464 (eps='auto' on float32),
        // the same as eps=np.finfo(np.float32).eps on float64.
        var metrics = MetricsCalculator.Classification([1, 0, 1, 0], [0f, 1f, 1f, 0.25f], classCount: 2);

        Assert.Equal(8.04311312435464, metrics.Values[MetricNames.LogLoss], 1e-12);
    }

    [Fact]
    public void AProbabilityOfExactlyOneHalfPredictsThePositiveClass()
    {
        var metrics = MetricsCalculator.Classification([1, 0], [0.5f, 0.4999f], classCount: 2);

        Assert.Equal(1.0, metrics.Values[MetricNames.Accuracy]);
    }

    [Fact]
    public void WithoutPositivesInTruthTheRankingMetricsAreLeftOutAndPrecisionIsZero()
    {
        // sklearn raises for roc_auc ("Only one class present in y_true") and returns a warning-laden
        // value for average precision; precision_score([0,0,0], [0,1,0], zero_division=0) == 0.0.
        var metrics = MetricsCalculator.Classification([0, 0, 0], [0.2f, 0.7f, 0.1f], classCount: 2);

        Assert.False(metrics.Values.ContainsKey(MetricNames.RocAuc));
        Assert.False(metrics.Values.ContainsKey(MetricNames.PrAuc));
        Assert.Equal(0.0, metrics.Values[MetricNames.Precision]);
        Assert.Equal(0.0, metrics.Values[MetricNames.Recall]);
        Assert.Equal(2.0 / 3, metrics.Values[MetricNames.Accuracy], 1e-15);
    }

    [Fact]
    public void PerfectRankingScoresOneAndReversedRankingScoresZero()
    {
        int[] truth = [0, 0, 1, 1];

        var perfect = MetricsCalculator.Classification(truth, [0.1f, 0.2f, 0.8f, 0.9f], classCount: 2);
        var reversed = MetricsCalculator.Classification(truth, [0.9f, 0.8f, 0.2f, 0.1f], classCount: 2);

        Assert.Equal(1.0, perfect.Values[MetricNames.RocAuc]);
        Assert.Equal(1.0, perfect.Values[MetricNames.PrAuc]);
        Assert.Equal(0.0, reversed.Values[MetricNames.RocAuc]);
    }

    [Fact]
    public void AllScoresTiedGiveAnAucOfOneHalf()
    {
        // roc_auc_score([0,1,0,1,1], [0.3]*5) == 0.5; average_precision_score(...) == 0.6 (the positive rate).
        var metrics = MetricsCalculator.Classification([0, 1, 0, 1, 1], [0.3f, 0.3f, 0.3f, 0.3f, 0.3f], classCount: 2);

        Assert.Equal(0.5, metrics.Values[MetricNames.RocAuc]);
        Assert.Equal(0.6, metrics.Values[MetricNames.PrAuc], 1e-15);
    }
}
