using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Onnx;
using MlPipeline.Components.Registry;

namespace MlPipeline.Components.GitHub;

/// <summary>
/// The GitHub targets: the report as a sticky pull-request comment, the gate as a check run, the promoted baseline as a
/// pull request, the registered model as a release. Each reads what earlier targets wrote and runs after them when both
/// run; a read-only token (a pull request from a fork) puts the text into the job summary instead of failing the build.
/// </summary>
public interface IPublishToGitHub : IPromote, IExportOnnx, IGitHubAccess
{
    [Parameter("The markdown that CommentOnPullRequest posts and OpenPromotionPullRequest uses as its body (default artifacts/report/report.md)")]
    string? ReportFile => ParameterValue<string?>(null);

    [Parameter("The branch the promotion pull request merges into (default: the branch the workflow runs on, GITHUB_REF_NAME, else main)")]
    string? PromotionBase => ParameterValue<string?>(null);

    Target CommentOnPullRequest => _ => _
        .Description("Post the report as this workflow's one comment on the pull request (edited in place on every run); other events: nothing to do")
        .After(RegressionTest)
        .AssuredAfterFailure()
        .Requires(() => GithubToken)
        .Requires(() => GithubRepository)
        .Executes(cancellation => new PullRequestComment(this).RunAsync(cancellation));

    Target PublishGateCheck => _ => _
        .Description("Publish artifacts/model/gate.json as the 'Regression gate' check run on the commit, with an annotation where each failed gate is declared")
        .After(RegressionTest)
        .AssuredAfterFailure()
        .Requires(() => GithubToken)
        .Requires(() => GithubRepository)
        .Executes(cancellation => new GateCheck(this).RunAsync(cancellation));

    Target OpenPromotionPullRequest => _ => _
        .Description("Open (or update) the one pull request that changes models/baseline.json and its predictions to the promoted model; merging it is the approval")
        .After(Promote, ProposePromotion)
        .Requires(() => GithubToken)
        .Requires(() => GithubRepository)
        .Executes(cancellation => new PromotionProposal(this).RunAsync(cancellation));

    Target CreateRelease => _ => _
        .Description("Create (or update) the release <model>-v<version> of artifacts/model/registration.json with model.onnx, the model card and the report attached")
        .After(Register, ExportOnnx, VerifyOnnx)
        .Requires(() => GithubToken)
        .Requires(() => GithubRepository)
        .Executes(cancellation => new ModelRelease(this).RunAsync(cancellation));

    /// <summary>The report file the comment and the promotion pull request carry.</summary>
    internal AbsolutePath ReportMarkdown => ReportFile is { } file ? RootDirectory / file : ArtifactPaths.Report.Markdown(this);
}
