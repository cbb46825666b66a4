using MlPipeline.GitHub.Comments;

namespace MlPipeline.Components.GitHub;

/// <summary>What <see cref="IPublishToGitHub.CommentOnPullRequest"/> does.</summary>
internal sealed class PullRequestComment(IPublishToGitHub build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var gitHubEvent = GitHubEvent.Read(build);
        if (gitHubEvent.PullRequest is not { } number)
        {
            build.Log.Information($"This is {(gitHubEvent.Name is null ? "not a GitHub Actions run" : $"a '{gitHubEvent.Name}' event")}, not a pull request: there is no pull request to comment on.");
            return;
        }

        var report = build.ReportMarkdown;
        if (!report.Exists)
        {
            throw new InvalidOperationException($"{report.RelativeTo(build.RootDirectory)} does not exist; it is written by Report (./build.sh Report CommentOnPullRequest), or name another file with --report-file.");
        }

        var body = await File.ReadAllTextAsync(report, cancellation);
        var workflow = build.BuildEnvironment.Variable("GITHUB_WORKFLOW") ?? "mlpipeline";
        await GitHubConnection.DegradingAsync(build, "pull request comment", body, async api =>
        {
            var result = await new StickyComment(api).PostAsync(number, workflow, body, cancellation);
            build.Log.Information($"{(result.Created ? "Commented on" : "Updated this workflow's comment on")} pull request #{number}: {result.Url}");
        });
    }
}
