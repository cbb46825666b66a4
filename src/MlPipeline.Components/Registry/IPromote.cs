using MlPipeline.Build;

namespace MlPipeline.Components.Registry;

/// <summary>The <c>Promote</c> and <c>Rollback</c> targets: which registered version is deployed, and the baseline every candidate is judged against.</summary>
public interface IPromote : IRegister
{
    Target Promote => _ => _
        .Description("Deploy a Passed version (--model-version N, default: the best by macro_f1 or rmse), retire the deployed one, rewrite models/baseline.json")
        .DependsOn(ValidateData)
        .Executes(() => new Promotion(this).Promote());

    Target Rollback => _ => _
        .Description("Retire the deployed version and deploy again the one it replaced; models/baseline.json follows")
        .DependsOn(ValidateData)
        .Executes(() => new Promotion(this).Rollback());
}
