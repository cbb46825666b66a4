using MlPipeline.Reporting.Content;

namespace MlPipeline.Reporting.Charts;

internal static partial class ReportCharts
{
    private static ChartSection Importance(ReportContent content)
    {
        const string id = "chart-importance", title = "Feature importance (mean |SHAP|)";
        if (content.Importance.Count == 0)
        {
            return ChartSection.LeftOut(id, title, content.WhyAbsent(ReportPart.Importance, "importance.json is missing (Evaluate writes it)"));
        }

        return ChartSection.Drawn(id, title, "Mean absolute SHAP contribution of each feature over the benchmark rows.", new
        {
            width = VegaLite.Width,
            data = VegaLite.Values(content.Importance.Select(f => new { feature = f.Feature, importance = f.Importance })),
            mark = "bar",
            encoding = new
            {
                y = new { field = "feature", type = "nominal", sort = "-x", title = "feature" },
                x = VegaLite.Quantitative("importance", "mean |SHAP|"),
                tooltip = new object[] { new { field = "feature", type = "nominal" }, VegaLite.Tooltip("importance", "mean |SHAP|") },
            },
        });
    }

    private static ChartSection History(ReportContent content)
    {
        const string id = "chart-history";
        var title = $"{content.PrimaryMetric} across registry versions";
        var versions = content.History.Where(v => v.Metrics.ContainsKey(content.PrimaryMetric)).ToArray();
        if (versions.Length == 0)
        {
            return ChartSection.LeftOut(id, title, content.WhyAbsent(ReportPart.History, $"the registry holds no version of {content.Model.Name} with {content.PrimaryMetric}"));
        }

        return ChartSection.Drawn(id, title, $"{versions.Length} versions of {content.Model.Name}; colour: state.", new
        {
            width = VegaLite.Width,
            height = VegaLite.Height,
            data = VegaLite.Values(versions.Select(v => new { version = v.Version, state = v.State, value = v.Metrics[content.PrimaryMetric] })),
            encoding = new
            {
                x = new { field = "version", type = "ordinal", title = "version" },
                y = new { field = "value", type = "quantitative", title = content.PrimaryMetric, scale = new { zero = false } },
            },
            layer = new object[]
            {
                new { mark = new { type = "line", color = "gray" } },
                new
                {
                    mark = new { type = "point", filled = true, size = 60 },
                    encoding = new { color = new { field = "state", type = "nominal" }, tooltip = new object[] { new { field = "version", type = "ordinal" }, new { field = "state", type = "nominal" }, VegaLite.Tooltip("value", content.PrimaryMetric) } },
                },
            },
        });
    }

    private static ChartSection Tuning(ReportContent content)
    {
        const string id = "chart-tuning", title = "Tuning progress";
        var scored = content.Trials.Where(t => t.Value is { } v && double.IsFinite(v)).ToArray();
        if (scored.Length == 0)
        {
            return ChartSection.LeftOut(id, title, content.WhyAbsent(ReportPart.Tuning, "no trial has a validation loss"));
        }

        var best = TuningProgress.BestSoFar(content.Trials);
        return ChartSection.Drawn(id, title, $"{content.Trials.Count} trials; the line is the best completed trial so far (validation loss, lower is better).", new
        {
            width = VegaLite.Width,
            height = VegaLite.Height,
            layer = new object[]
            {
                new
                {
                    data = VegaLite.Values(scored.Select(t => new { trial = t.Number, value = t.Value, state = t.State })),
                    mark = new { type = "point", filled = true, opacity = 0.6 },
                    encoding = new
                    {
                        x = VegaLite.Quantitative("trial", "trial"),
                        y = new { field = "value", type = "quantitative", title = "validation loss", scale = new { zero = false } },
                        color = new { field = "state", type = "nominal" },
                    },
                },
                new
                {
                    data = VegaLite.Values(best.Select(b => new { trial = b.Number, best = b.Best })),
                    mark = new { type = "line", interpolate = "step-after", color = "black" },
                    encoding = new { x = new { field = "trial", type = "quantitative" }, y = new { field = "best", type = "quantitative" } },
                },
            },
        });
    }

    private static ChartSection Drift(ReportContent content)
    {
        const string id = "chart-drift", title = "Drift per column";
        if (content.Drift.Count == 0)
        {
            return ChartSection.LeftOut(id, title, content.WhyAbsent(ReportPart.Drift, "no DetectDrift run (artifacts/data/drift.json is missing)"));
        }

        return ChartSection.Drawn(id, title, $"{content.Drift.Count(c => c.Drifted)} of {content.Drift.Count} columns drifted; a tick marks each column's threshold (p-values drift at or below it, distances at or above).", new
        {
            width = VegaLite.Width,
            data = VegaLite.Values(content.Drift.Select(c => new { column = $"{c.Column} ({c.Method})", score = c.Score, threshold = c.Threshold, drifted = c.Drifted })),
            encoding = new { y = new { field = "column", type = "nominal", title = "column (method)", sort = (object?)null } },
            layer = new object[]
            {
                new
                {
                    mark = "bar",
                    encoding = new
                    {
                        x = VegaLite.Quantitative("score", "score"),
                        color = new { field = "drifted", type = "nominal", scale = new { domain = new[] { false, true }, range = new[] { "#4c78a8", "#e45756" } } },
                        tooltip = new object[] { new { field = "column", type = "nominal" }, VegaLite.Tooltip("score", "score"), VegaLite.Tooltip("threshold", "threshold"), new { field = "drifted", type = "nominal" } },
                    },
                },
                new { mark = new { type = "tick", color = "black", thickness = 2 }, encoding = new { x = new { field = "threshold", type = "quantitative" } } },
            },
        });
    }
}
