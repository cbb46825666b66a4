namespace MlPipeline.Data.Splits;

/// <summary>Whole row counts for shares of a total: per split, and per stratum and split.</summary>
internal static class Apportionment
{
    /// <summary>Largest-remainder rounding of <paramref name="total"/> × each fraction; ties go to the earlier split.</summary>
    public static int[] Sizes(int total, IReadOnlyList<double> fractions)
    {
        var sum = fractions.Sum();
        var exact = fractions.Select(f => total * f / sum).ToArray();
        var sizes = exact.Select(x => (int)Math.Floor(x)).ToArray();
        var left = total - sizes.Sum();
        foreach (var split in Enumerable.Range(0, sizes.Length).OrderByDescending(s => exact[s] - sizes[s]).ThenBy(s => s).Take(left))
            sizes[split]++;
        return sizes;
    }

    /// <summary>
    /// How many rows of each stratum go to each split. Each cell is its exact share (stratum size × split size / total)
    /// rounded down or up, the largest remainders first, so every stratum keeps its size and every split its size; then a
    /// stratum with at least as many rows as there are splits with a non-zero fraction is given one row in each of them, traded against the stratum most
    /// over its share there so the split sizes stay (when no stratum can spare a row, that split grows by one).
    /// </summary>
    public static int[,] ByStratum(IReadOnlyList<int> strata, IReadOnlyList<int> splits, IReadOnlyList<double> fractions)
    {
        var cells = new ControlledRounding(strata, splits);
        var counts = cells.Round();
        GiveEverySplitARow(counts, strata, splits, fractions);
        return counts;
    }

    private static void GiveEverySplitARow(int[,] counts, IReadOnlyList<int> strata, IReadOnlyList<int> splits, IReadOnlyList<double> fractions)
    {
        var total = strata.Sum();
        var receiving = fractions.Count(f => f > 0);
        int Minimum(int stratum, int split) => strata[stratum] >= receiving && fractions[split] > 0 ? 1 : 0;
        long Excess(int stratum, int split) => (long)counts[stratum, split] * total - (long)strata[stratum] * splits[split];

        for (var stratum = 0; stratum < strata.Count; stratum++)
        {
            for (var split = 0; split < splits.Count; split++)
            {
                if (counts[stratum, split] >= Minimum(stratum, split))
                    continue;
                var donor = Enumerable.Range(0, splits.Count).MaxBy(s => counts[stratum, s]);
                counts[stratum, donor]--;
                counts[stratum, split]++;
                var giver = Enumerable.Range(0, strata.Count)
                    .Where(other => other != stratum && counts[other, split] > Minimum(other, split))
                    .OrderByDescending(other => Excess(other, split))
                    .FirstOrDefault(-1);
                if (giver < 0)
                    continue;
                counts[giver, split]--;
                counts[giver, donor]++;
            }
        }
    }
}
