namespace MlPipeline.Data.Statistics;

/// <summary>Quantiles and bins over ascending samples.</summary>
internal static class Quantiles
{
    /// <summary>numpy's default quantile (linear interpolation between closest ranks, Hyndman–Fan type 7).</summary>
    public static double Linear(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Count ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }

    /// <summary>The inverse empirical CDF: the smallest value whose ECDF reaches <paramref name="u"/> (numpy's "inverted_cdf").</summary>
    public static double InverseCdf(IReadOnlyList<double> sorted, double u) =>
        sorted[Math.Clamp((int)Math.Ceiling(u * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The inverse ECDF at the midpoints of <paramref name="size"/> equal steps of (0, 1).</summary>
    public static double[] Sketch(IReadOnlyList<double> sorted, int size)
    {
        var sketch = new double[size];
        for (var i = 0; i < size; i++)
            sketch[i] = InverseCdf(sorted, (i + 0.5) / size);
        return sketch;
    }

    /// <summary>The distinct deciles 0.1 … 0.9.</summary>
    public static double[] DecileEdges(IReadOnlyList<double> sorted) =>
        Enumerable.Range(1, 9).Select(i => Linear(sorted, i / 10.0)).Distinct().ToArray();

    /// <summary>The bin of <paramref name="value"/>: how many edges are at or below it (bins are closed below, open above).</summary>
    public static int Bin(IReadOnlyList<double> edges, double value)
    {
        int low = 0, high = edges.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (edges[mid] <= value)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    public static long[] BinCounts(IReadOnlyList<double> edges, IEnumerable<double> values)
    {
        var counts = new long[edges.Count + 1];
        foreach (var value in values)
            counts[Bin(edges, value)]++;
        return counts;
    }
}
