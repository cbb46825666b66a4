using System.Globalization;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Reporting.Content;

namespace MlPipeline.Components.Reporting;

internal sealed partial class ReportSources
{
    /// <summary>The benchmark rows of predictions.csv: <c>row,label,predicted</c> and <c>p_&lt;class&gt;</c> per class, or the value for regression.</summary>
    private (ClassifiedRows? Classified, RegressedRows? Regressed) Predictions(MetricsDocument metrics)
    {
        var path = ArtifactPaths.Model.Predictions(build);
        if (!path.Exists)
        {
            _absent[ReportPart.Predictions] = "artifacts/model/predictions.csv is missing (Evaluate writes it)";
            return (null, null);
        }

        var rows = PredictionsFile.Read(path);
        if (metrics.Task == "regression")
        {
            return (null, new RegressedRows([.. rows.Select(r => Number(r[1], path))], [.. rows.Select(r => Number(r[2], path))]));
        }

        var classes = metrics.Classes ?? throw new InvalidOperationException($"{ArtifactPaths.Model.Metrics(build)} names no classes; run Evaluate again with --force Evaluate.");
        var labels = rows.Select(r => IndexOf(classes, r[1], path)).ToArray();
        return (new ClassifiedRows(classes, labels, [.. rows.Select(r => r.Skip(3).Select(p => Number(p, path)).ToArray())]), null);
    }

    private IReadOnlyList<FeatureImportance> Importance()
    {
        var path = ArtifactPaths.Model.Importance(build);
        if (!path.Exists)
        {
            _absent[ReportPart.Importance] = "artifacts/model/importance.json is missing (Evaluate writes it)";
            return [];
        }

        var report = ArtifactJson.Read<ImportanceReport>(path, "Evaluate");
        if (report.Features.Count == 0)
        {
            _absent[ReportPart.Importance] = report.Method;
        }

        return [.. report.Features.Select(f => new FeatureImportance(f.Name, f.Importance))];
    }

    private static double Number(string text, string path) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{path}: \"{text}\" is not a number; run Evaluate again with --force Evaluate.");

    private static int IndexOf(IReadOnlyList<string> classes, string label, string path)
    {
        var index = classes.ToList().IndexOf(label);
        return index >= 0 ? index : throw new InvalidOperationException($"{path}: the label \"{label}\" is not one of metrics.json's classes; run Evaluate again with --force Evaluate.");
    }
}
