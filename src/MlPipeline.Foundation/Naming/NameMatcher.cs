using Quickenshtein;

namespace MlPipeline.Foundation.Naming;

/// <summary>
/// Matches names case- and punctuation-insensitively ("--max-rounds", "MAX_ROUNDS" and "MaxRounds" are one name) and
/// suggests the one a mistyped name most likely meant.
/// </summary>
public static class NameMatcher
{
    /// <summary>"--max-rounds", "MAX_ROUNDS" and "MaxRounds" all become "maxrounds".</summary>
    public static string Normalize(string name)
        => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    public static bool Matches(string name, string input) => Normalize(name) == Normalize(input);

    /// <summary>
    /// Up to three candidates close to <paramref name="input"/>, best first (equals in the candidates' order); empty when
    /// none is within a third of the input's length (at least 2 edits).
    /// </summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, Normalize(input).Length / 3);
        return Ranked(input, candidates).Where(c => c.Distance <= limit).Select(c => c.Name).Take(3).ToList();
    }

    /// <summary>" Did you mean 'A' or 'B'?" or an empty string.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates, Func<string, string>? format = null)
    {
        var suggestions = Suggest(input, candidates).Select(format ?? (s => s)).Select(s => $"'{s}'").ToList();
        return suggestions.Count == 0 ? string.Empty : $" Did you mean {string.Join(" or ", suggestions)}?";
    }

    /// <summary>The closest candidate however far it is, for messages that list every candidate anyway; the first of equals wins.</summary>
    /// <exception cref="ArgumentException"><paramref name="candidates"/> is empty.</exception>
    public static string Closest(string input, IEnumerable<string> candidates)
        => Ranked(input, candidates).Select(c => c.Name).FirstOrDefault()
            ?? throw new ArgumentException("There are no names to choose from.", nameof(candidates));

    /// <summary>
    /// Every candidate by edit distance of the normalized names, where one that contains the input counts as 0: people
    /// shorten names ("auc" means roc_auc, not the nearer "mae"; "Pub" means Publish).
    /// </summary>
    private static IEnumerable<(string Name, int Distance)> Ranked(string input, IEnumerable<string> candidates)
    {
        var wanted = Normalize(input);
        return candidates
            .Select(candidate => (candidate, normalized: Normalize(candidate)))
            .Select(c => (Name: c.candidate, Distance: wanted.Length > 0 && c.normalized.Contains(wanted, StringComparison.Ordinal)
                ? 0
                : Levenshtein.GetDistance(wanted, c.normalized)))
            .OrderBy(c => c.Distance);
    }
}
