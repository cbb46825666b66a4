using Quickenshtein;

namespace MlPipeline.Build.Naming;

/// <summary>Matches target and parameter names case- and dash-insensitively, and suggests close ones.</summary>
internal static class NameMatcher
{
    /// <summary>"--max-rounds", "MAX_ROUNDS" and "MaxRounds" all become "maxrounds".</summary>
    public static string Normalize(string name)
        => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    public static bool Matches(string name, string input) => Normalize(name) == Normalize(input);

    /// <summary>The candidates closest to <paramref name="input"/>, best first; empty when none is plausibly meant.</summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> candidates)
    {
        var wanted = Normalize(input);
        var limit = Math.Max(2, wanted.Length / 3);
        return candidates
            .Select(candidate => (candidate, normalized: Normalize(candidate)))
            .Select(c => (c.candidate, distance: c.normalized.StartsWith(wanted, StringComparison.Ordinal) && wanted.Length > 0
                ? 0
                : Levenshtein.GetDistance(wanted, c.normalized)))
            .Where(c => c.distance <= limit)
            .OrderBy(c => c.distance)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Select(c => c.candidate)
            .Take(3)
            .ToList();
    }

    /// <summary>" Did you mean 'A' or 'B'?" or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates, Func<string, string>? format = null)
    {
        var suggestions = Suggest(input, candidates).Select(format ?? (s => s)).Select(s => $"'{s}'").ToList();
        return suggestions.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", suggestions)}?";
    }
}
