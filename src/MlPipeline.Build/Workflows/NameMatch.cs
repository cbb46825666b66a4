using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Workflows;

/// <summary>Names in declarations match the way the command line does; unknown ones end with a hint.</summary>
internal static class NameMatch
{
    public static string? Find(string name, IEnumerable<string> candidates)
        => candidates.FirstOrDefault(candidate => NameMatcher.Matches(candidate, name));

    /// <summary>"Did you mean 'Train'? Available …: A, B." — the hint ends every unknown-name message.</summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates, string kind)
        => $"{NameMatcher.DidYouMean(name, candidates).TrimStart()} {Available(candidates, kind)}".TrimStart();

    public static string Available(IReadOnlyCollection<string> candidates, string kind) =>
        candidates.Count == 0
            ? $"The build declares no {kind}."
            : $"Available {kind}: {string.Join(", ", candidates.Order(StringComparer.Ordinal))}.";
}
