namespace MlPipeline.Data.Splits;

/// <summary>Collects groups of rows into train, validation and benchmark as they are dealt.</summary>
internal sealed class SplitDealer
{
    private readonly List<int>[] _splits = [[], [], []];

    /// <summary>
    /// Deals <paramref name="groups"/> in order: the first <paramref name="counts"/>[0] rows to train, the next
    /// <paramref name="counts"/>[1] to validation, the rest to the benchmark. A group goes whole to the split its first
    /// row falls in, so with duplicates a split may end up a few rows over or under its count.
    /// </summary>
    public void Deal(IEnumerable<int[]> groups, IReadOnlyList<int> counts)
    {
        var position = 0;
        foreach (var group in groups)
        {
            var split = position < counts[0] ? 0 : position < counts[0] + counts[1] ? 1 : 2;
            _splits[split].AddRange(group);
            position += group.Length;
        }
    }

    public DatasetSplit ToSplit() => new(Sorted(_splits[0]), Sorted(_splits[1]), Sorted(_splits[2]));

    private static int[] Sorted(List<int> rows)
    {
        var sorted = rows.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
