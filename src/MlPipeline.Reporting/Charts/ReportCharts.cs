using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Charts;

/// <summary>The charts of the HTML report in page order: the model's quality on the benchmark, then its history and surroundings.</summary>
internal static partial class ReportCharts
{
    public static IReadOnlyList<ChartSection> Build(ReportContent content) =>
    [
        .. content.IsRegression ? Regression(content) : Classification(content),
        Importance(content),
        History(content),
        Tuning(content),
        Drift(content),
    ];

    private static string Number(double value) => ReportText.Number(value);
}
