namespace MlPipeline.Build.Workflows;

/// <summary>
/// Finds declared names the way the command line does (case- and dash-insensitively) and suggests the closest
/// name for a typo.
/// </summary>
internal static class NameMatch
{
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        var key = Normalize(name);
        return candidates.FirstOrDefault(candidate => Normalize(candidate) == key);
    }

    /// <summary>"Did you mean 'Train'? Available …: A, B." — the hint ends every unknown-name message.</summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates, string kind)
    {
        var key = Normalize(name);
        var closest = candidates
            .Select(candidate => (candidate, distance: Distance(key, Normalize(candidate))))
            .Where(match => match.distance <= Math.Max(2, key.Length / 3))
            .OrderBy(match => match.distance)
            .ThenBy(match => match.candidate, StringComparer.Ordinal)
            .Select(match => match.candidate)
            .FirstOrDefault();
        return closest is null ? Available(candidates, kind) : $"Did you mean '{closest}'? {Available(candidates, kind)}";
    }

    public static string Available(IReadOnlyCollection<string> candidates, string kind) =>
        candidates.Count == 0
            ? $"The build declares no {kind}."
            : $"Available {kind}: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}.";

    private static string Normalize(string name) =>
        name.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    private static int Distance(string a, string b)
    {
        // Levenshtein with two rows: names are short, so this is cheap and allocation-light.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
