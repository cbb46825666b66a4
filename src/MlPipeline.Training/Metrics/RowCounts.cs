namespace MlPipeline.Training.Metrics;

internal static class RowCounts
{
    /// <summary>The weights of the original rows: each one once.</summary>
    public static int[] Ones(int rowCount)
    {
        var ones = new int[rowCount];
        Array.Fill(ones, 1);
        return ones;
    }

    /// <summary>The defined values as a dictionary in the scorer's order; NaN (undefined) entries are left out.</summary>
    public static IReadOnlyDictionary<string, double> Defined(IReadOnlyList<string> names, ReadOnlySpan<double> values)
    {
        var result = new Dictionary<string, double>(names.Count, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                result.Add(names[i], values[i]);
            }
        }

        return result.AsReadOnly();
    }
}
