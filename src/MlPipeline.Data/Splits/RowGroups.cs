using System.Runtime.InteropServices;

namespace MlPipeline.Data.Splits;

/// <summary>Rows of identical content, which are always placed together so a duplicate cannot leak between splits.</summary>
internal static class RowGroups
{
    /// <returns>One ascending array of row indices per distinct hash, in the order of each group's first row.</returns>
    public static int[][] Of(IReadOnlyList<int> rows, UInt128[] hashes)
    {
        // Counted first and then filled, so each group is one exactly sized array and nothing else is allocated per row.
        var groupOf = new int[rows.Count];
        var index = new Dictionary<UInt128, int>();
        var sizes = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(index, hashes[rows[i]], out var known);
            if (!known)
            {
                group = sizes.Count;
                sizes.Add(0);
            }

            groupOf[i] = group;
            sizes[group]++;
        }

        var groups = sizes.Select(size => new int[size]).ToArray();
        var filled = new int[groups.Length];
        for (var i = 0; i < rows.Count; i++)
            groups[groupOf[i]][filled[groupOf[i]]++] = rows[i];
        return groups;
    }
}
