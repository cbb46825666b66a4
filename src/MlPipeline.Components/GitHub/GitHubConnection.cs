using MlPipeline.GitHub;

namespace MlPipeline.Components.GitHub;

/// <summary>Opens the GitHub API the parameters name, and turns a read-only token into a job-summary entry instead of a failed build.</summary>
internal static class GitHubConnection
{
    public static GitHubApi Open(IGitHubAccess build)
    {
        if (!Uri.TryCreate(build.GithubApiUrl, UriKind.Absolute, out var url))
        {
            throw new ArgumentException($"--github-api-url '{build.GithubApiUrl}' is not an absolute URL; give e.g. https://api.github.com (GITHUB_API_URL in Actions).");
        }

        return GitHubApi.Connect(url, build.GithubToken!, GitHubRepository.Parse(build.GithubRepository!));
    }

    /// <summary>
    /// Runs the requests; when GitHub answers 403 (the read-only token of a pull request from a fork), logs a warning and
    /// writes <paramref name="fallback"/> to the job summary, and the target succeeds: the build's verdict is not GitHub's to veto.
    /// </summary>
    public static async Task DegradingAsync(IGitHubAccess build, string what, string fallback, Func<GitHubApi, Task> publish)
    {
        try
        {
            await publish(Open(build));
        }
        catch (GitHubPermissionException exception)
        {
            var summary = build.BuildEnvironment.Variable("GITHUB_STEP_SUMMARY");
            build.Log.Warning($"{exception.Message} The {what} {(string.IsNullOrEmpty(summary) ? "was not published (no GITHUB_STEP_SUMMARY either)" : "is in the job summary instead")}.");
            if (!string.IsNullOrEmpty(summary))
            {
                File.AppendAllText(summary, $"## {what}\n\n{fallback}\n\n");
            }
        }
    }
}
