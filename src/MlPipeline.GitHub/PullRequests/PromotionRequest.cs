namespace MlPipeline.GitHub.PullRequests;

/// <summary>A pull request that changes some files on top of the base branch.</summary>
/// <param name="Branch">The head branch, e.g. <c>mlpipeline/promote-weather</c>; it is (re)set to one new commit on the base.</param>
/// <param name="BaseBranch">The branch the pull request merges into, e.g. <c>main</c>.</param>
/// <param name="Files">Repository-relative paths (forward slashes) and their new contents.</param>
public sealed record PromotionRequest(
    string Branch, string BaseBranch, string CommitMessage, string Title, string Body, IReadOnlyDictionary<string, byte[]> Files);
