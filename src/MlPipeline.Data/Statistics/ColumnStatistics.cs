using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Statistics;

/// <summary>What one column holds, for the validation report and as the reference a model was trained on.</summary>
/// <param name="Count">Rows with a value.</param>
/// <param name="Missing">Rows without one (including cells the loader could not parse).</param>
/// <param name="MissingRatio"><see cref="Missing"/> over all rows; 0 for an empty table.</param>
/// <param name="Distinct">Distinct values among the rows that have one.</param>
/// <param name="Min">Numeric, integer and boolean columns; <c>null</c> otherwise or when no row has a value.</param>
/// <param name="Std">The sample standard deviation (n − 1); <c>null</c> with fewer than two values.</param>
/// <param name="P5">Quantiles by linear interpolation between closest ranks (numpy's default).</param>
/// <param name="Categories">Categorical columns: rows per category, in the order of the category list (which fixes the codes).</param>
/// <param name="MinTime">Date-time columns: the earliest value as ISO 8601 text.</param>
/// <param name="MaxTime">Date-time columns: the latest value as ISO 8601 text.</param>
public sealed record ColumnStatistics(
    string Name,
    ColumnType Type,
    ColumnRole Role,
    int Count,
    int Missing,
    double MissingRatio,
    int Distinct,
    double? Min = null,
    double? Max = null,
    double? Mean = null,
    double? Std = null,
    double? P5 = null,
    double? P25 = null,
    double? P50 = null,
    double? P75 = null,
    double? P95 = null,
    IReadOnlyList<CategoryCount>? Categories = null,
    string? MinTime = null,
    string? MaxTime = null);
