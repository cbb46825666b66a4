using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Data.Statistics;
using MlPipeline.Foundation.Files;

namespace MlPipeline.Data.Validation;

/// <summary>Writes <c>artifacts/data/validation.json</c>.</summary>
public static class ValidationReportWriter
{
    /// <summary>
    /// Writes <c>{"data_hash", "dataset", "row_count", "passed", "error_count", "warning_count", "split_sizes": {"train", "validation", "benchmark"},
    /// "benchmark_hash", "findings": [{"severity", "column", "check", "message", "count", "lines", "examples"}], "columns": [...]}</c>
    /// atomically (temporary file, then rename), creating the folder.
    /// </summary>
    public static void Write(string path, ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var file = new ReportFile(
            report.DataHash, report.Dataset, report.RowCount, report.Passed, report.ErrorCount, report.WarningCount,
            report.SplitSizes, report.BenchmarkHash, report.Findings, report.Columns);
        AtomicFile.Write(path, JsonSerializer.Serialize(file, DataJson.Options));
    }

    // The file's field order, with the verdict near the top where a reader looks first.
    private sealed record ReportFile(
        string DataHash,
        string Dataset,
        int RowCount,
        bool Passed,
        int ErrorCount,
        int WarningCount,
        SplitSizes SplitSizes,
        string BenchmarkHash,
        IReadOnlyList<Finding> Findings,
        IReadOnlyList<ColumnStatistics> Columns);
}
