using System.Globalization;
using System.Text;
using MlPipeline.Data.Drift.Methods;

namespace MlPipeline.Data.Drift;

/// <summary>Renders a <see cref="DriftReport"/> as a plain text table for the build log.</summary>
public static class DriftReportTable
{
    public static string Render(DriftReport report)
    {
        string[] header = ["column", "method", "score", "threshold", "drifted"];
        var rows = report.Columns.Select(c => new[]
        {
            c.Name,
            c.Method,
            Number(c.Score),
            (DriftMethods.IsPValue(c.Method) ? "p ≤ " : "≥ ") + Number(c.Threshold),
            (c.Drifted ? "yes" : "no") + (c.Critical ? " (critical)" : ""),
        }).ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Prepend(header[i].Length).Max()).ToArray();

        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.AppendLine(string.Join("  ", row.Select((cell, i) => i is 2 or 3 ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd());
        var drifted = report.Columns.Count(c => c.Drifted);
        var criticals = report.Columns.Where(c => c.Drifted && c.Critical).Select(c => c.Name).ToArray();
        text.Append(CultureInfo.InvariantCulture, $"{drifted} of {report.Columns.Count} columns drifted ({report.DriftedShare * 100:0.#}%, threshold {report.ShareThreshold * 100:0.#}%)");
        if (criticals.Length > 0)
            text.Append(CultureInfo.InvariantCulture, $", critical: {string.Join(", ", criticals)}");
        text.AppendLine(report.Drifted ? ": the dataset drifted." : ": no dataset drift.");
        return text.ToString();
    }

    // Four significant digits, and p-values like 3e-12 stay readable.
    private static string Number(double value) =>
        value != 0 && Math.Abs(value) < 1e-3 ? value.ToString("0.00e+0", CultureInfo.InvariantCulture) : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
