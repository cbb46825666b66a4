using MlPipeline.Build;
using System.Globalization;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Registry;
using MlPipeline.GitHub.PullRequests;

namespace MlPipeline.Components.GitHub;

/// <summary>What <see cref="IPublishToGitHub.OpenPromotionPullRequest"/> does.</summary>
internal sealed class PromotionProposal(IPublishToGitHub build)
{
    public async Task RunAsync(CancellationToken cancellation)
    {
        var summaryPath = ArtifactPaths.Baseline.Summary(build);
        var predictionsPath = ArtifactPaths.Baseline.Predictions(build);
        var baseline = ArtifactJson.Read<Baseline>(summaryPath, "Promote");
        if (!predictionsPath.Exists)
        {
            throw new InvalidOperationException($"{predictionsPath.RelativeTo(build.RootDirectory)} does not exist; Promote writes it with {summaryPath.RelativeTo(build.RootDirectory)}. Run ./build.sh Promote first.");
        }

        var name = RegistryAccess.ModelName(build);
        var title = $"Promote {name} v{baseline.ModelVersion}";
        var request = new PromotionRequest(
            $"mlpipeline/promote-{name}",
            build.PromotionBase ?? build.BuildEnvironment.Variable("GITHUB_REF_NAME") ?? "main",
            $"{title}\n\nmodels/baseline.json and its predictions now name {name} version {baseline.ModelVersion} ({baseline.ModelSha256}).",
            title,
            build.ReportMarkdown.Exists ? await File.ReadAllTextAsync(build.ReportMarkdown, cancellation) : Body(name, baseline),
            new Dictionary<string, byte[]>
            {
                [Relative(summaryPath)] = await File.ReadAllBytesAsync(summaryPath, cancellation),
                [Relative(predictionsPath)] = await File.ReadAllBytesAsync(predictionsPath, cancellation),
            });

        var result = await new PromotionPullRequest(GitHubConnection.Open(build)).OpenAsync(request, cancellation);
        build.Log.Information($"{(result.Created ? "Opened" : "Updated")} pull request #{result.Number} from {request.Branch} into {request.BaseBranch}: {result.Url}");
    }

    private string Relative(AbsolutePath path) => path.RelativeTo(build.RootDirectory).Replace('\\', '/');

    private static string Body(string name, Baseline baseline) =>
        $"{name} version {baseline.ModelVersion} passed its gates and was promoted by {baseline.PromotedBy}. Merging this pull request makes it the baseline.\n\n"
        + "| metric | value |\n|---|---|\n"
        + string.Concat(baseline.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => string.Create(CultureInfo.InvariantCulture, $"| {m.Key} | {m.Value:0.####} |\n")));
}
