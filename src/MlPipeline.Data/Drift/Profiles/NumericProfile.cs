using MlPipeline.Data.Schemas;

namespace MlPipeline.Data.Drift.Profiles;

/// <summary>The reference statistics of a numeric or integer column.</summary>
/// <param name="Mean">Of the values present.</param>
/// <param name="StdDev">Population standard deviation (ddof = 0) of the values present; scales the Wasserstein distance.</param>
/// <param name="SortedValues">
/// Every value present, ascending, when there are at most <see cref="ReferenceProfile.SmallSampleLimit"/> of them
/// (the two-sample Kolmogorov–Smirnov test and the exact Wasserstein distance need the sample itself); <c>null</c> above.
/// </param>
/// <param name="BinEdges">
/// The distinct reference deciles (numpy's linear interpolation), ascending. Bin <c>i</c> is
/// <c>[BinEdges[i-1], BinEdges[i])</c> with open ends below the first and above the last edge, so there are
/// <c>BinEdges.Count + 1</c> bins; tied deciles (a column that is mostly zero) merge into one edge.
/// </param>
/// <param name="BinCounts">The reference values per bin; PSI compares the batch's shares with these.</param>
/// <param name="Quantiles">
/// The reference's inverse empirical CDF at the midpoints <c>(i + 0.5) / n</c> of <see cref="ReferenceProfile.SketchSize"/>
/// equal steps: a fixed-size stand-in for the sample, used for the Wasserstein distance (and KS when asked for on a large reference).
/// </param>
public sealed record NumericProfile(
    string Name,
    ColumnType Type,
    long Count,
    long Missing,
    double Mean,
    double StdDev,
    double Min,
    double Max,
    IReadOnlyList<double>? SortedValues,
    IReadOnlyList<double> BinEdges,
    IReadOnlyList<long> BinCounts,
    IReadOnlyList<double> Quantiles) : ColumnProfile(Name, Type, Count, Missing);
