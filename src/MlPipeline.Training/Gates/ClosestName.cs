namespace MlPipeline.Training.Gates;

/// <summary>The known name a mistyped one most likely meant (MlPipeline.Build has its own; Training cannot reference it).</summary>
internal static class ClosestName
{
    /// <summary>
    /// The candidate with the smallest case-insensitive edit distance, where one that contains the input counts as 0
    /// (people shorten names: "auc" means roc_auc, not the nearer "mae"); the first of equals wins.
    /// </summary>
    public static string Among(string input, IReadOnlyList<string> candidates)
    {
        var wanted = input.Trim().ToLowerInvariant();
        return candidates.MinBy(candidate =>
        {
            var name = candidate.ToLowerInvariant();
            return wanted.Length > 0 && name.Contains(wanted, StringComparison.Ordinal) ? 0 : Distance(wanted, name);
        })!;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
