using Octokit;

namespace MlPipeline.GitHub.Checks;

/// <summary>Publishes a finished check run; annotations go in batches, since GitHub takes at most 50 per request.</summary>
public sealed class CheckRunPublisher(GitHubApi api)
{
    /// <summary>GitHub's limit of annotations per create or update request.</summary>
    public const int AnnotationsPerRequest = 50;

    // GitHub's limit on the summary's length.
    private const int MaximumSummary = 65535;

    /// <summary>Creates the check run with the first batch of annotations, then adds each further batch by an update.</summary>
    /// <exception cref="GitHubPermissionException">The token may not write checks (a pull request from a fork).</exception>
    /// <exception cref="GitHubException">Any other failure.</exception>
    public async Task<CheckRunResult> PublishAsync(CheckRunRequest request, CancellationToken cancellation)
    {
        var (owner, name) = api.Repository;
        var summary = request.Summary.Length <= MaximumSummary ? request.Summary : request.Summary[..MaximumSummary];
        var batches = request.Annotations.Chunk(AnnotationsPerRequest).ToList();
        var run = await api.SendAsync(
            $"create the check run '{request.Name}' on {request.HeadSha}",
            c => c.Check.Run.Create(owner, name, new NewCheckRun(request.Name, request.HeadSha)
            {
                Status = CheckStatus.Completed,
                Conclusion = request.Passed ? CheckConclusion.Success : CheckConclusion.Failure,
                Output = Output(request.Title, summary, batches.FirstOrDefault() ?? []),
            }),
            cancellation).ConfigureAwait(false);

        foreach (var (batch, index) in batches.Skip(1).Select((b, i) => (b, i)))
        {
            await api.SendAsync(
                $"add annotations batch {index + 2} of {batches.Count} to the check run '{request.Name}'",
                c => c.Check.Run.Update(owner, name, run.Id, new CheckRunUpdate { Output = Output(request.Title, summary, batch) }),
                cancellation).ConfigureAwait(false);
        }

        return new CheckRunResult(run.Id, new Uri(run.HtmlUrl), Math.Max(1, batches.Count));
    }

    private static NewCheckRunOutput Output(string title, string summary, IEnumerable<CheckAnnotation> annotations) => new(title, summary)
    {
        Annotations = annotations.Select(a => new NewCheckRunAnnotation(a.Path, a.Line, a.Line, Level(a.Level), a.Message)).ToList(),
    };

    private static CheckAnnotationLevel Level(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Notice => CheckAnnotationLevel.Notice,
        AnnotationLevel.Warning => CheckAnnotationLevel.Warning,
        _ => CheckAnnotationLevel.Failure,
    };
}
