using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Charts;

internal static partial class ReportCharts
{
    private static IEnumerable<ChartSection> Regression(ReportContent content)
    {
        if (content.Regressed is not { } rows)
        {
            var reason = content.WhyAbsent(ReportPart.Predictions, "the benchmark predictions (predictions.csv) are missing");
            yield return ChartSection.LeftOut("chart-actual", "Predicted against actual", reason);
            yield return ChartSection.LeftOut("chart-residuals", "Residuals", reason);
            yield break;
        }

        var points = rows.Actual.Select((actual, i) => new { actual, predicted = rows.Predicted[i], residual = actual - rows.Predicted[i] }).ToArray();
        var low = points.Length == 0 ? 0 : Math.Min(points.Min(p => p.actual), points.Min(p => p.predicted));
        var high = points.Length == 0 ? 1 : Math.Max(points.Max(p => p.actual), points.Max(p => p.predicted));
        yield return ChartSection.Drawn("chart-actual", "Predicted against actual", $"{points.Length} benchmark rows; on the diagonal the prediction is exact.", new
        {
            width = VegaLite.Width,
            height = VegaLite.Height,
            layer = new object[]
            {
                new
                {
                    data = VegaLite.Values(new[] { new { actual = low, predicted = low }, new { actual = high, predicted = high } }),
                    mark = new { type = "line", strokeDash = new[] { 4, 4 }, color = "gray" },
                    encoding = new { x = new { field = "actual", type = "quantitative" }, y = new { field = "predicted", type = "quantitative" } },
                },
                new
                {
                    data = VegaLite.Values(points),
                    mark = new { type = "point", opacity = 0.6 },
                    encoding = new { x = VegaLite.Quantitative("actual", "actual"), y = VegaLite.Quantitative("predicted", "predicted") },
                },
            },
        });
        yield return ChartSection.Drawn("chart-residuals", "Residuals", "Actual minus predicted, against the prediction.", new
        {
            width = VegaLite.Width,
            height = VegaLite.Height,
            data = VegaLite.Values(points),
            mark = new { type = "point", opacity = 0.6 },
            encoding = new { x = VegaLite.Quantitative("predicted", "predicted"), y = VegaLite.Quantitative("residual", "actual − predicted") },
        });
    }
}
