using System.Collections.Concurrent;
using MlPipeline.Data.Tables;

namespace MlPipeline.Data.Statistics;

/// <summary>
/// The ascending values of a table's numeric columns, each column sorted once however many readers ask for it: the
/// statistics and the reference profile of one validation read the same sorted values.
/// </summary>
public sealed class SortedColumns
{
    // Keyed by the column object, so a column of another table with the same name is never answered from here.
    private readonly ConcurrentDictionary<NumericColumn, Lazy<double[]>> _sorted = new(ReferenceEqualityComparer.Instance);

    /// <summary>The values of <paramref name="column"/> other than NaN, ascending (see <see cref="AscendingValues.Of"/>); shared, so never to be changed.</summary>
    internal double[] Of(NumericColumn column) =>
        _sorted.GetOrAdd(column, c => new Lazy<double[]>(() => AscendingValues.Of(c.Values))).Value;
}
