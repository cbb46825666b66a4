namespace MlPipeline.GitHub;

/// <summary>A repository on GitHub as <c>owner/name</c>, the form of <c>GITHUB_REPOSITORY</c>.</summary>
public readonly record struct GitHubRepository(string Owner, string Name)
{
    /// <exception cref="GitHubException">The text is not <c>owner/name</c>.</exception>
    public static GitHubRepository Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && parts.All(p => p.Length > 0 && !p.Any(char.IsWhiteSpace))
            ? new GitHubRepository(parts[0], parts[1])
            : throw new GitHubException($"'{text}' is not a GitHub repository; give it as owner/name (GITHUB_REPOSITORY in GitHub Actions).");
    }

    public override string ToString() => $"{Owner}/{Name}";
}
