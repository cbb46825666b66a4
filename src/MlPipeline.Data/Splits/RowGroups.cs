namespace MlPipeline.Data.Splits;

/// <summary>Rows of identical content, which are always placed together so a duplicate cannot leak between splits.</summary>
internal static class RowGroups
{
    /// <returns>One ascending array of row indices per distinct hash, in the order of each group's first row.</returns>
    public static int[][] Of(IEnumerable<int> rows, UInt128[] hashes)
    {
        var groups = new Dictionary<UInt128, List<int>>();
        var order = new List<List<int>>();
        foreach (var row in rows)
        {
            if (!groups.TryGetValue(hashes[row], out var group))
            {
                groups.Add(hashes[row], group = []);
                order.Add(group);
            }

            group.Add(row);
        }

        return order.Select(g => g.ToArray()).ToArray();
    }
}
