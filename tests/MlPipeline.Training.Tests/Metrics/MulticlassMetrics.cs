using MlPipeline.Data.Schemas;
using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class MulticlassMetrics
{
    private static readonly int[] Truth = [0, 1, 2, 2, 1, 0, 1, 2, 0, 1];

    // Row 5 ties classes 0 and 1 (argmax takes 0); rows 3 and 6 tie two columns below the maximum.
    private static readonly float[] Probabilities =
    [
        0.7f, 0.2f, 0.1f,
        0.2f, 0.5f, 0.3f,
        0.1f, 0.3f, 0.6f,
        0.3f, 0.4f, 0.3f,
        0.1f, 0.8f, 0.1f,
        0.4f, 0.4f, 0.2f,
        0.3f, 0.3f, 0.4f,
        0.2f, 0.2f, 0.6f,
        0.5f, 0.3f, 0.2f,
        0.6f, 0.3f, 0.1f,
    ];

    // Expected values: python3, sklearn 1.2.1, with y3 = the truth above,
    //   P3 = np.array(<the rows above>, dtype=np.float32).astype(np.float64), pred3 = P3.argmax(axis=1)
    [Theory]
    [InlineData("accuracy", 0.7)] // accuracy_score(y3, pred3)
    [InlineData("precision", 0.6944444444444443)] // precision_score(y3, pred3, average='macro')
    [InlineData("recall", 0.7222222222222222)] // recall_score(y3, pred3, average='macro')
    [InlineData("f1", 0.6984126984126985)] // f1_score(y3, pred3, average='macro')
    [InlineData("macro_f1", 0.6984126984126985)] // f1_score(y3, pred3, average='macro')
    [InlineData("micro_f1", 0.7)] // f1_score(y3, pred3, average='micro')
    [InlineData("roc_auc", 0.8611111111111112)] // roc_auc_score(y3, P3, multi_class='ovr', average='macro')
    [InlineData("pr_auc", 0.8074074074074075)] // average_precision_score(label_binarize(y3, classes=[0,1,2]), P3, average='macro')
    [InlineData("log_loss", 0.7515973253369042)] // log_loss(y3, P3, eps=np.finfo(np.float32).eps, labels=[0,1,2])
    public void EachMetricMatchesScikitLearnForThreeClasses(string metric, double expected)
    {
        var metrics = MetricsCalculator.Classification(Truth, Probabilities, classCount: 3);

        Assert.Equal(TaskKind.Multiclass, metrics.Task);
        Assert.Equal(expected, metrics.Values[metric], 1e-12);
    }

    [Fact]
    public void TheConfusionMatrixMatchesScikitLearn()
    {
        var matrix = MetricsCalculator.Classification(Truth, Probabilities, classCount: 3).ConfusionMatrix;

        // confusion_matrix(y3, pred3)
        Assert.Equal([[3L, 0L, 0L], [1L, 2L, 1L], [0L, 1L, 2L]], matrix.ToRows());
    }

    [Fact]
    public void AClassAbsentFromTruthAndPredictionsIsLeftOutOfTheMacroAverages()
    {
        // Class 3 neither occurs nor is predicted; sklearn's labels=None averages over classes 0..2.
        //   y4 = [0,1,2,2,1,0], P4 as below (float32 → float64), pred4 = P4.argmax(axis=1) = [0,2,2,0,1,0]
        int[] truth = [0, 1, 2, 2, 1, 0];
        float[] probabilities =
        [
            0.6f, 0.2f, 0.1f, 0.1f,
            0.1f, 0.2f, 0.6f, 0.1f,
            0.1f, 0.2f, 0.6f, 0.1f,
            0.25f, 0.25f, 0.25f, 0.25f,
            0.1f, 0.7f, 0.1f, 0.1f,
            0.3f, 0.3f, 0.3f, 0.1f,
        ];

        var metrics = MetricsCalculator.Classification(truth, probabilities, classCount: 4);

        Assert.Equal(0.6666666666666666, metrics.Values[MetricNames.Accuracy], 1e-12); // accuracy_score(y4, pred4)
        Assert.Equal(0.7222222222222222, metrics.Values[MetricNames.Precision], 1e-12); // precision_score(y4, pred4, average='macro')
        Assert.Equal(0.6666666666666666, metrics.Values[MetricNames.Recall], 1e-12); // recall_score(y4, pred4, average='macro')
        Assert.Equal(0.6555555555555556, metrics.Values[MetricNames.MacroF1], 1e-12); // f1_score(y4, pred4, average='macro')
        Assert.Equal(0.9296718785798964, metrics.Values[MetricNames.LogLoss], 1e-12); // log_loss(y4, P4, eps=..., labels=[0,1,2,3])
        Assert.Equal([[2L, 0L, 0L, 0L], [0L, 1L, 1L, 0L], [1L, 0L, 1L, 0L], [0L, 0L, 0L, 0L]], metrics.ConfusionMatrix.ToRows());
    }

    [Fact]
    public void RankingMetricsAreLeftOutWhenAClassIsMissingFromTruth()
    {
        // sklearn's roc_auc_score(multi_class='ovr') raises when a y_score column has no class in y_true.
        var metrics = MetricsCalculator.Classification([0, 1, 0, 1], [0.5f, 0.3f, 0.2f, 0.2f, 0.6f, 0.2f, 0.7f, 0.2f, 0.1f, 0.1f, 0.8f, 0.1f], classCount: 3);

        Assert.False(metrics.Values.ContainsKey(MetricNames.RocAuc));
        Assert.False(metrics.Values.ContainsKey(MetricNames.PrAuc));
        Assert.True(metrics.Values.ContainsKey(MetricNames.LogLoss));
    }

    [Fact]
    public void AClassPredictedButNeverTrueCountsInTheMacroAveragesWithZeroRecall()
    {
        // precision/recall/f1_score([0,0,1], [0,2,1], average='macro', zero_division=0)
        //   == 0.6666666666666666, 0.5, 0.5555555555555555
        var metrics = MetricsCalculator.Classification([0, 0, 1], [0.8f, 0.1f, 0.1f, 0.2f, 0.2f, 0.6f, 0.1f, 0.8f, 0.1f], classCount: 3);

        Assert.Equal(0.6666666666666666, metrics.Values[MetricNames.Precision], 1e-12);
        Assert.Equal(0.5, metrics.Values[MetricNames.Recall], 1e-12);
        Assert.Equal(0.5555555555555555, metrics.Values[MetricNames.F1], 1e-12);
    }
}
