using MlPipeline.Reporting.Content;
using MlPipeline.Reporting.Curves;

namespace MlPipeline.Reporting.Charts;

internal static partial class ReportCharts
{
    private static IEnumerable<ChartSection> Classification(ReportContent content)
    {
        yield return Confusion(content);
        var rows = content.Classified;
        if (rows is null)
        {
            var reason = content.WhyAbsent(ReportPart.Predictions, "the benchmark predictions (predictions.csv) are missing");
            yield return ChartSection.LeftOut("chart-roc", "ROC curve", reason);
            yield return ChartSection.LeftOut("chart-pr", "Precision-recall curve", reason);
            yield return ChartSection.LeftOut("chart-calibration", "Calibration", reason);
            yield break;
        }

        yield return Roc(rows);
        yield return PrecisionRecall(rows);
        yield return Reliability(rows);
    }

    private static ChartSection Confusion(ReportContent content)
    {
        if (content.Confusion is not { } table)
        {
            return ChartSection.LeftOut("chart-confusion", "Confusion matrix", "metrics.json has no confusion matrix");
        }

        var cells = table.Classes.SelectMany((actual, a) => table.Classes.Select((predicted, p) => new { actual, predicted, count = table.Counts[a][p] }));
        var classes = table.Classes.ToArray();
        return ChartSection.Drawn("chart-confusion", "Confusion matrix", "Benchmark rows by true class (rows) and predicted class (columns).", new
        {
            width = VegaLite.Height,
            height = VegaLite.Height,
            data = VegaLite.Values(cells),
            encoding = new
            {
                x = new { field = "predicted", type = "nominal", sort = classes, title = "predicted" },
                y = new { field = "actual", type = "nominal", sort = classes, title = "true" },
            },
            layer = new object[]
            {
                new { mark = "rect", encoding = new { color = new { field = "count", type = "quantitative", scale = new { scheme = "blues" } } } },
                new { mark = new { type = "text" }, encoding = new { text = new { field = "count", type = "quantitative" } } },
            },
        });
    }

    private static ChartSection Roc(ClassifiedRows rows)
    {
        var curves = rows.CurveClasses.Select(c => (Class: rows.Classes[c], Curve: RocCurve.Compute(rows.Scores(c), rows.IsClass(c)))).ToList();
        var points = curves.SelectMany(c => c.Curve.Points.Select(p => new { @class = c.Class, fpr = p.X, tpr = p.Y }));
        var caption = "AUC " + string.Join(", ", curves.Select(c => $"{c.Class} {Number(c.Curve.Auc)}"))
            + (curves.Count > 1 ? $"; macro mean {Number(curves.Average(c => c.Curve.Auc))} (one class against the rest)." : ".");
        // Straight segments: a tie between a positive and a negative is a diagonal step, as the trapezoid AUC counts it.
        return ChartSection.Drawn("chart-roc", "ROC curve", caption, Lines(points, "fpr", "false positive rate", "tpr", "true positive rate", "linear"));
    }

    private static ChartSection PrecisionRecall(ClassifiedRows rows)
    {
        var curves = rows.CurveClasses.Select(c => (Class: rows.Classes[c], Curve: PrecisionRecallCurve.Compute(rows.Scores(c), rows.IsClass(c)))).ToList();
        var points = curves.SelectMany(c => c.Curve.Points.Select(p => new { @class = c.Class, recall = p.X, precision = p.Y }));
        var caption = "Average precision " + string.Join(", ", curves.Select(c => $"{c.Class} {Number(c.Curve.AveragePrecision)}")) + ".";
        return ChartSection.Drawn("chart-pr", "Precision-recall curve", caption, Lines(points, "recall", "recall", "precision", "precision", "step-before"));
    }

    private static ChartSection Reliability(ClassifiedRows rows)
    {
        // Binary: p(positive class) against the label. Multiclass: the predicted class's probability against being right.
        var (probabilities, happened, what) = rows.Classes.Count == 2
            ? (rows.Scores(1), rows.IsClass(1), $"p({rows.Classes[1]})")
            : (rows.Probabilities.Select(p => p.Max()).ToArray(),
               rows.Probabilities.Select((p, i) => Array.IndexOf(p, p.Max()) == rows.Labels[i]).ToArray(),
               "the predicted class's probability");
        var bins = Calibration.Compute(probabilities, happened);
        return ChartSection.Drawn("chart-calibration", "Calibration", $"Reliability of {what} in {Calibration.DefaultBins} bins; the diagonal is perfect calibration.", new
        {
            width = VegaLite.Width,
            height = VegaLite.Height,
            layer = new object[]
            {
                new
                {
                    data = VegaLite.Values(new[] { new { predicted = 0.0, observed = 0.0 }, new { predicted = 1.0, observed = 1.0 } }),
                    mark = new { type = "line", strokeDash = new[] { 4, 4 }, color = "gray" },
                    encoding = new { x = new { field = "predicted", type = "quantitative" }, y = new { field = "observed", type = "quantitative" } },
                },
                new
                {
                    data = VegaLite.Values(bins.Select(b => new { predicted = b.MeanPredicted, observed = b.ObservedRate, rows = b.Count })),
                    mark = new { type = "line", point = true },
                    encoding = new
                    {
                        x = VegaLite.Quantitative("predicted", "mean predicted probability", VegaLite.UnitScale),
                        y = VegaLite.Quantitative("observed", "observed frequency", VegaLite.UnitScale),
                        tooltip = new object[] { VegaLite.Tooltip("predicted", "predicted"), VegaLite.Tooltip("observed", "observed"), new { field = "rows", type = "quantitative" } },
                    },
                },
            },
        });
    }

    private static object Lines<T>(IEnumerable<T> points, string x, string xTitle, string y, string yTitle, string interpolate) => new
    {
        width = VegaLite.Width,
        height = VegaLite.Height,
        data = VegaLite.Values(points),
        mark = new { type = "line", interpolate },
        encoding = new
        {
            x = VegaLite.Quantitative(x, xTitle, VegaLite.UnitScale),
            y = VegaLite.Quantitative(y, yTitle, VegaLite.UnitScale),
            color = new { field = "class", type = "nominal" },
        },
    };
}
