using Octokit;

namespace MlPipeline.GitHub.Comments;

/// <summary>
/// One comment per workflow on a pull request, edited in place on every run instead of piling up: it carries a hidden
/// marker (<c>&lt;!-- mlpipeline:workflow --&gt;</c>) and is found by it among all the pull request's comments.
/// </summary>
public sealed class StickyComment(GitHubApi api)
{
    // GitHub refuses a comment longer than this many characters.
    private const int MaximumLength = 65536;
    private const string Truncated = "\n\n… (cut to GitHub's comment size; the whole report is in the job's artifacts)";

    /// <summary>The hidden first line that marks a workflow's comment.</summary>
    /// <exception cref="ArgumentException">The workflow name is empty or would end the HTML comment.</exception>
    public static string Marker(string workflow)
    {
        if (string.IsNullOrWhiteSpace(workflow) || workflow.Contains("--", StringComparison.Ordinal) || workflow.Contains('>'))
        {
            throw new ArgumentException($"'{workflow}' cannot name a sticky comment: give a non-empty workflow name without '--' or '>'.", nameof(workflow));
        }

        return $"<!-- mlpipeline:{workflow} -->";
    }

    /// <summary>Edits the workflow's comment on the pull request, or creates it when there is none.</summary>
    /// <exception cref="GitHubPermissionException">The token may not comment (a pull request from a fork).</exception>
    /// <exception cref="GitHubException">Any other failure.</exception>
    public async Task<CommentResult> PostAsync(int pullRequest, string workflow, string body, CancellationToken cancellation)
    {
        var marker = Marker(workflow);
        var text = Fit(marker + "\n" + body);
        var (owner, name) = api.Repository;
        var comments = await api.SendAsync(
            $"list the comments of pull request #{pullRequest}",
            c => c.Issue.Comment.GetAllForIssue(owner, name, pullRequest, new ApiOptions { PageSize = 100 }),
            cancellation).ConfigureAwait(false);
        var existing = comments.FirstOrDefault(c => c.Body?.StartsWith(marker, StringComparison.Ordinal) == true);
        if (existing is null)
        {
            var created = await api.SendAsync($"comment on pull request #{pullRequest}", c => c.Issue.Comment.Create(owner, name, pullRequest, text), cancellation).ConfigureAwait(false);
            return new CommentResult(created.Id, new Uri(created.HtmlUrl), Created: true);
        }

        var updated = await api.SendAsync(
            $"update comment {existing.Id} on pull request #{pullRequest}", c => c.Issue.Comment.Update(owner, name, existing.Id, text), cancellation).ConfigureAwait(false);
        return new CommentResult(updated.Id, new Uri(updated.HtmlUrl), Created: false);
    }

    private static string Fit(string text) => text.Length <= MaximumLength ? text : text[..(MaximumLength - Truncated.Length)] + Truncated;
}
