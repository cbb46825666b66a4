using Quickenshtein;

namespace MlPipeline.Training.Gates;

/// <summary>The known name a mistyped one most likely meant.</summary>
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
            return wanted.Length > 0 && name.Contains(wanted, StringComparison.Ordinal) ? 0 : Levenshtein.GetDistance(wanted, name);
        })!;
    }
}
