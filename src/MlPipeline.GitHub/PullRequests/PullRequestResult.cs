namespace MlPipeline.GitHub.PullRequests;

/// <param name="Created">True when a new pull request was opened; false when the open one for the branch was updated.</param>
/// <param name="CommitSha">The commit the branch now points at.</param>
public sealed record PullRequestResult(int Number, Uri Url, bool Created, string CommitSha);
