using System.Globalization;
using System.Text;

namespace MlPipeline.Data.Validation;

/// <summary>Renders findings as a plain text table for the build log.</summary>
public static class FindingTable
{
    /// <returns>An aligned table (severity, column, check, message) and a count line; "-" stands for a finding about whole rows.</returns>
    public static string Render(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        string[] header = ["severity", "column", "check", "message"];
        var rows = findings.Select(f => new[] { f.Severity.ToString().ToLowerInvariant(), f.Column ?? "-", f.Check, f.Message }).ToArray();
        var widths = Enumerable.Range(0, header.Length).Select(i => rows.Select(r => r[i].Length).Prepend(header[i].Length).Max()).ToArray();

        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count - errors;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}"));
        return text.ToString();
    }
}
