namespace MlPipeline.Data.Splits;

/// <summary>Where a <see cref="BenchmarkPin"/>'s rows are in a dataset.</summary>
/// <param name="Rows">Ascending indices of every row whose content is pinned, each copy of a duplicate included.</param>
/// <param name="MissingCount">How many pinned row hashes no row of the dataset has any more (removed or edited rows).</param>
public sealed record PinMatch(int[] Rows, int MissingCount);
