using MlPipeline.Data.Statistics;

namespace MlPipeline.Data.Validation;

/// <summary>What ValidateData writes to <c>artifacts/data/validation.json</c>: the verdict, every finding and the column statistics.</summary>
/// <param name="DataHash">The data version from <see cref="Hashing.DataHasher"/> (<c>sha256:…</c>).</param>
/// <param name="Dataset">The dataset's name, e.g. <c>seattle-weather</c>.</param>
/// <param name="BenchmarkHash">The content hash that pins the benchmark split.</param>
public sealed record ValidationReport(
    string DataHash,
    string Dataset,
    int RowCount,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ColumnStatistics> Columns,
    SplitSizes SplitSizes,
    string BenchmarkHash)
{
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);

    /// <summary>True when no finding is an error: training may go on.</summary>
    public bool Passed => ErrorCount == 0;
}
