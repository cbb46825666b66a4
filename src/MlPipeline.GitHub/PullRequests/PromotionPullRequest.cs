using Octokit;

namespace MlPipeline.GitHub.PullRequests;

/// <summary>
/// Opens one pull request that changes a few files: a new commit on top of the base branch made through the Git Data API
/// (blobs, a tree, a commit, the branch's ref), so no checkout is needed; a second run moves the branch to a fresh commit
/// and edits the open pull request instead of opening another.
/// </summary>
public sealed class PromotionPullRequest(GitHubApi api)
{
    /// <exception cref="ArgumentException">No files, or a path that is not repository-relative.</exception>
    /// <exception cref="GitHubPermissionException">The token may not push or open pull requests.</exception>
    /// <exception cref="GitHubException">Any other failure, e.g. a base branch that does not exist.</exception>
    public async Task<PullRequestResult> OpenAsync(PromotionRequest request, CancellationToken cancellation)
    {
        Check(request);
        var commit = await CommitAsync(request, cancellation).ConfigureAwait(false);
        await MoveBranchAsync(request.Branch, commit, cancellation).ConfigureAwait(false);

        var (owner, name) = api.Repository;
        var open = await api.SendAsync(
            $"list the open pull requests from {request.Branch}",
            c => c.PullRequest.GetAllForRepository(owner, name, new PullRequestRequest { State = ItemStateFilter.Open, Head = $"{owner}:{request.Branch}", Base = request.BaseBranch }),
            cancellation).ConfigureAwait(false);
        if (open.FirstOrDefault() is { } existing)
        {
            var updated = await api.SendAsync(
                $"update pull request #{existing.Number}",
                c => c.PullRequest.Update(owner, name, existing.Number, new PullRequestUpdate { Title = request.Title, Body = request.Body }),
                cancellation).ConfigureAwait(false);
            return new PullRequestResult(updated.Number, new Uri(updated.HtmlUrl), Created: false, commit);
        }

        var created = await api.SendAsync(
            $"open a pull request from {request.Branch} into {request.BaseBranch}",
            c => c.PullRequest.Create(owner, name, new NewPullRequest(request.Title, request.Branch, request.BaseBranch) { Body = request.Body }),
            cancellation).ConfigureAwait(false);
        return new PullRequestResult(created.Number, new Uri(created.HtmlUrl), Created: true, commit);
    }

    private async Task<string> CommitAsync(PromotionRequest request, CancellationToken cancellation)
    {
        var (owner, name) = api.Repository;
        var baseRef = await api.SendAsync($"read the branch {request.BaseBranch}", c => GitRefs.GetAsync(c, api.Repository, request.BaseBranch), cancellation).ConfigureAwait(false);
        var parent = await api.SendAsync($"read the commit {baseRef.Object.Sha}", c => c.Git.Commit.Get(owner, name, baseRef.Object.Sha), cancellation).ConfigureAwait(false);

        var tree = new NewTree { BaseTree = parent.Tree.Sha };
        foreach (var (path, content) in request.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var blob = await api.SendAsync(
                $"upload {path}",
                c => c.Git.Blob.Create(owner, name, new NewBlob { Content = Convert.ToBase64String(content), Encoding = EncodingType.Base64 }),
                cancellation).ConfigureAwait(false);
            tree.Tree.Add(new NewTreeItem { Path = path, Mode = "100644", Type = TreeType.Blob, Sha = blob.Sha });
        }

        var created = await api.SendAsync("create the tree of the promotion commit", c => c.Git.Tree.Create(owner, name, tree), cancellation).ConfigureAwait(false);
        var commit = await api.SendAsync(
            "create the promotion commit", c => c.Git.Commit.Create(owner, name, new NewCommit(request.CommitMessage, created.Sha, parent.Sha)), cancellation).ConfigureAwait(false);
        return commit.Sha;
    }

    private async Task MoveBranchAsync(string branch, string commit, CancellationToken cancellation)
    {
        var (owner, name) = api.Repository;
        var existing = await api.FindAsync($"read the branch {branch}", c => GitRefs.GetAsync(c, api.Repository, branch), cancellation).ConfigureAwait(false);
        if (existing is null)
        {
            await api.SendAsync($"create the branch {branch}", c => c.Git.Reference.Create(owner, name, new NewReference("refs/heads/" + branch, commit)), cancellation).ConfigureAwait(false);
            return;
        }

        // Forced: the branch belongs to the pipeline, and each run replaces the previous proposal with one commit on the base.
        await api.SendAsync($"move the branch {branch}", c => GitRefs.MoveAsync(c, api.Repository, branch, commit), cancellation).ConfigureAwait(false);
    }

    private static void Check(PromotionRequest request)
    {
        if (request.Files.Count == 0)
        {
            throw new ArgumentException("A promotion pull request needs at least one file to change.", nameof(request));
        }

        if (request.Files.Keys.FirstOrDefault(p => p.Length == 0 || p.StartsWith('/') || p.Contains('\\') || p.Split('/').Contains("..")) is { } bad)
        {
            throw new ArgumentException($"'{bad}' is not a repository-relative path; give it with forward slashes from the repository root, e.g. models/baseline.json.", nameof(request));
        }
    }
}
