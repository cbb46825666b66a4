namespace MlPipeline.GitHub;

/// <summary>
/// GitHub answered 403: the token may read but not write, as the <c>GITHUB_TOKEN</c> of a pull request from a fork is.
/// Callers fall back to what needs no write access (the job summary) instead of failing the build.
/// </summary>
public sealed class GitHubPermissionException(string message, Exception inner) : GitHubException(message, inner);
