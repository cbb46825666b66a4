using Octokit;

namespace MlPipeline.GitHub.PullRequests;

/// <summary>
/// Reads and moves a branch's ref the way GitHub's API description has it. Octokit reads a ref at <c>git/refs/{ref}</c>,
/// a path the description no longer has (one ref is read at <c>git/ref/{ref}</c>), and puts the ref's slashes into the
/// path as they are, which matches no path template; here the ref is one escaped segment (<c>heads%2Fmain</c>), as
/// GitHub's own JavaScript client sends it.
/// </summary>
internal static class GitRefs
{
    public static Task<Reference> GetAsync(IGitHubClient client, GitHubRepository repository, string branch) =>
        new ApiConnection(client.Connection).Get<Reference>(Uri(repository, "ref", branch));

    public static Task<Reference> MoveAsync(IGitHubClient client, GitHubRepository repository, string branch, string commit) =>
        new ApiConnection(client.Connection).Patch<Reference>(Uri(repository, "refs", branch), new ReferenceUpdate(commit, force: true));

    private static Uri Uri(GitHubRepository repository, string endpoint, string branch) =>
        new($"repos/{System.Uri.EscapeDataString(repository.Owner)}/{System.Uri.EscapeDataString(repository.Name)}/git/{endpoint}/{System.Uri.EscapeDataString("heads/" + branch)}", UriKind.Relative);
}
