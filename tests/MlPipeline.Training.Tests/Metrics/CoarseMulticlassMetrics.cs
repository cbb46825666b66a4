using MlPipeline.Training.Metrics;

namespace MlPipeline.Training.Tests.Metrics;

/// <summary>40 rows, 4 classes, probabilities rounded to one decimal: many tied scores and argmax ties, zeros to clip.</summary>
public sealed class CoarseMulticlassMetrics
{
    private static readonly int[] Truth = [2, 3, 0, 3, 1, 2, 2, 1, 3, 0, 1, 1, 2, 1, 0, 0, 0, 0, 0, 3, 0, 2, 3, 0, 1, 1, 1, 3, 0, 3, 3, 3, 0, 1, 2, 1, 2, 2, 2, 0];

    private static readonly float[] Probabilities = [0.2f, 0.1f, 0.6f, 0.0f, 0.2f, 0.3f, 0.1f, 0.5f, 0.7f, 0.0f, 0.3f, 0.0f, 0.2f, 0.2f, 0.1f, 0.4f, 0.3f, 0.4f, 0.1f, 0.3f, 0.2f, 0.3f, 0.3f, 0.1f, 0.3f, 0.2f, 0.4f, 0.1f, 0.0f, 0.6f, 0.0f, 0.3f, 0.1f, 0.3f, 0.1f, 0.5f, 0.4f, 0.1f, 0.3f, 0.2f, 0.3f, 0.4f, 0.1f, 0.2f, 0.0f, 0.5f, 0.3f, 0.2f, 0.3f, 0.1f, 0.4f, 0.3f, 0.1f, 0.4f, 0.2f, 0.3f, 0.5f, 0.2f, 0.2f, 0.0f, 0.4f, 0.3f, 0.1f, 0.2f, 0.4f, 0.3f, 0.1f, 0.1f, 0.2f, 0.2f, 0.2f, 0.4f, 0.5f, 0.1f, 0.3f, 0.1f, 0.4f, 0.1f, 0.2f, 0.3f, 0.5f, 0.3f, 0.0f, 0.2f, 0.1f, 0.2f, 0.6f, 0.1f, 0.4f, 0.1f, 0.2f, 0.3f, 0.3f, 0.1f, 0.2f, 0.4f, 0.3f, 0.3f, 0.1f, 0.2f, 0.3f, 0.3f, 0.3f, 0.1f, 0.2f, 0.4f, 0.2f, 0.2f, 0.5f, 0.0f, 0.0f, 0.5f, 0.6f, 0.2f, 0.0f, 0.2f, 0.2f, 0.3f, 0.1f, 0.3f, 0.1f, 0.2f, 0.2f, 0.5f, 0.1f, 0.2f, 0.1f, 0.5f, 0.3f, 0.3f, 0.2f, 0.2f, 0.3f, 0.5f, 0.2f, 0.0f, 0.0f, 0.2f, 0.4f, 0.3f, 0.0f, 0.5f, 0.2f, 0.3f, 0.3f, 0.2f, 0.4f, 0.2f, 0.2f, 0.1f, 0.4f, 0.3f, 0.1f, 0.3f, 0.4f, 0.3f, 0.5f, 0.3f, 0.2f, 0.0f];

    // Expected values: python3, sklearn 1.2.1, numpy 1.24:
    //   rng = np.random.default_rng(5); y = rng.integers(0, 4, 40); raw = rng.random((40, 4)) + np.eye(4)[y] * 0.6
    //   P = np.round(raw / raw.sum(1, keepdims=True), 1).astype(np.float32).astype(np.float64); pred = P.argmax(1)
    //   precision/recall/f1_score(y, pred, average='macro', zero_division=0); log_loss(y, P, eps=np.finfo(np.float32).eps, labels=range(4))
    //   roc_auc = np.mean([roc_auc_score(y == c, P[:, c]) for c in range(4)]) (rows need not sum to 1 here, which
    //     sklearn's multi_class='ovr' insists on; the macro one-vs-rest mean is the same computation)
    //   pr_auc = average_precision_score(label_binarize(y, classes=range(4)), P, average='macro')
    [Theory]
    [InlineData("accuracy", 0.775)]
    [InlineData("precision", 0.7952380952380953)]
    [InlineData("recall", 0.7694444444444444)]
    [InlineData("macro_f1", 0.7767293028322441)]
    [InlineData("roc_auc", 0.9452436955965181)]
    [InlineData("pr_auc", 0.8534121762740184)]
    [InlineData("log_loss", 0.8552495485966614)]
    public void EachMetricMatchesScikitLearn(string metric, double expected)
    {
        var metrics = MetricsCalculator.Classification(Truth, Probabilities, classCount: 4);

        Assert.Equal(expected, metrics.Values[metric], 1e-12);
    }
}
