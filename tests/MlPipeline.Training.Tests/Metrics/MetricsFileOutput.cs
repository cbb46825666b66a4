using System.Text.Json;
using MlPipeline.Data.Schemas;
using MlPipeline.Training.Metrics;
using MlPipeline.Training.Metrics.Bootstrap;

namespace MlPipeline.Training.Tests.Metrics;

public sealed class MetricsFileOutput : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("metrics-file-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void ClassificationMetricsAreWrittenWithIntervalsClassesAndTheConfusionMatrix()
    {
        var metrics = MetricsCalculator.Classification([0, 1, 1, 0], [0.2f, 0.9f, 0.4f, 0.1f], classCount: 2);
        var intervals = new Dictionary<string, ConfidenceInterval> { [MetricNames.Accuracy] = new(0.5, 1.0, 1000) };
        var path = Path.Combine(_directory, "model", "metrics.json");

        MetricsFile.Write(path, TaskKind.Binary, metrics, intervals, ["benign", "malignant"]);

        // Values: sklearn 1.2.1 on y = [0,1,1,0], p = float32 [0.2,0.9,0.4,0.1] (f1_score(average='macro'),
        // log_loss(eps=np.finfo(np.float32).eps), confusion_matrix); the layout is the documented metrics.json shape.

        Assert.Equal(
            """
            {
              "task": "binary",
              "metrics": {
                "accuracy": 0.75,
                "precision": 1,
                "recall": 0.5,
                "f1": 0.6666666666666666,
                "macro_f1": 0.7333333333333334,
                "micro_f1": 0.75,
                "roc_auc": 1,
                "pr_auc": 1,
                "log_loss": 0.3375388328686962
              },
              "intervals": {
                "accuracy": {
                  "low": 0.5,
                  "high": 1
                }
              },
              "classes": [
                "benign",
                "malignant"
              ],
              "confusion_matrix": [
                [
                  2,
                  0
                ],
                [
                  1,
                  1
                ]
              ]
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(path));
    }

    [Fact]
    public void RegressionMetricsAreWrittenWithoutClassificationParts()
    {
        var metrics = MetricsCalculator.Regression([1f, 2f, 3f], [1f, 2f, 4f]);
        var path = Path.Combine(_directory, "metrics.json");

        MetricsFile.Write(path, TaskKind.Regression, metrics);

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal("regression", root.GetProperty("task").GetString());
        Assert.Equal(["task", "metrics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1 / 3.0, root.GetProperty("metrics").GetProperty("mae").GetDouble(), 1e-15);
    }

    [Fact]
    public void WritingAgainReplacesTheFileAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_directory, "metrics.json");
        File.WriteAllText(path, "old content that is longer than the new one ......................................................................");

        MetricsFile.Write(path, TaskKind.Regression, MetricsCalculator.Regression([1f, 2f], [1f, 2f]));

        Assert.StartsWith("{", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void ATaskThatDisagreesWithTheMetricsIsRejectedBeforeAnythingIsWritten()
    {
        var path = Path.Combine(_directory, "metrics.json");
        var metrics = MetricsCalculator.Classification([0, 1], [0.2f, 0.9f], classCount: 2);

        var error = Assert.Throws<ArgumentException>(() => MetricsFile.Write(path, TaskKind.Multiclass, metrics));

        Assert.Contains("The task is multiclass but the metrics are binary metrics", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void ClassNamesMustNameEveryClass()
    {
        var metrics = MetricsCalculator.Classification([0, 1], [0.2f, 0.9f], classCount: 2);

        var error = Assert.Throws<ArgumentException>(() =>
            MetricsFile.Write(Path.Combine(_directory, "m.json"), TaskKind.Binary, metrics, classNames: ["only one"]));

        Assert.Contains("1 class names were given for 2 classes", error.Message);
    }

    [Fact]
    public void ANonFiniteIntervalIsRejectedWithTheMetricName()
    {
        var metrics = MetricsCalculator.Regression([1f, 2f], [1f, 2f]);
        var intervals = new Dictionary<string, ConfidenceInterval> { [MetricNames.R2] = new(double.NaN, 1, 0) };

        var error = Assert.Throws<ArgumentException>(() =>
            MetricsFile.Write(Path.Combine(_directory, "m.json"), TaskKind.Regression, metrics, intervals));

        Assert.Contains("the low bound of r2's interval is NaN", error.Message);
    }
}
