using MlPipeline.Build;

namespace MlPipeline.Components.Registry;

/// <summary>The <c>Promote</c> and <c>Rollback</c> targets: which registered version is deployed, and the baseline every candidate is judged against.</summary>
public interface IPromote : IRegister
{
    [Parameter("Promote deploys the version models/baseline.json names (the release after its promotion pull request was merged); when Train ran in the same build, its model must be that version's")]
    bool FromBaseline => ParameterValue(false);

    Target Promote => _ => _
        .Description("Deploy a Passed version (--model-version N, --from-baseline, default: the best by macro_f1 or rmse), retire the deployed one, rewrite models/baseline.json")
        .DependsOn(ValidateData)
        // With --from-baseline, the model this build trained is checked against the approved one.
        .After(Train)
        .Executes(() => new Promotion(this).Promote());

    Target ProposePromotion => _ => _
        .Description("Rewrite models/baseline.json and its predictions for the Passed version Register recorded in this build, without deploying it: merging that change approves it, and the release promotes it with --from-baseline")
        .DependsOn(Register)
        .Executes(() => new Promotion(this).Propose());

    Target Rollback => _ => _
        .Description("Retire the deployed version and deploy again the one it replaced; models/baseline.json follows")
        .DependsOn(ValidateData)
        .Executes(() => new Promotion(this).Rollback());
}
