using MlPipeline.Build;

namespace MlPipeline.Components.GitHub;

/// <summary>Where the GitHub targets send their requests, and with which token; in GitHub Actions every value comes from the environment.</summary>
public interface IGitHubAccess : IPipelineBuild
{
    [Secret]
    [Parameter("Token for GitHub's API (GITHUB_TOKEN in Actions); the job needs pull-requests: write (CommentOnPullRequest, OpenPromotionPullRequest), checks: write (PublishGateCheck), contents: write (OpenPromotionPullRequest, CreateRelease)")]
    string? GithubToken => ParameterValue<string?>(null);

    [Parameter("The GitHub repository as owner/name (GITHUB_REPOSITORY in Actions)")]
    string? GithubRepository => ParameterValue<string?>(null);

    [Parameter("GitHub's REST API (GITHUB_API_URL in Actions); a GitHub Enterprise Server's is https://HOST/api/v3")]
    string GithubApiUrl => ParameterValue("https://api.github.com");
}
