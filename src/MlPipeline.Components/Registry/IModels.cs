using MlPipeline.Build;

namespace MlPipeline.Components.Registry;

/// <summary>The <c>Models</c> target: what the registry holds.</summary>
public interface IModels : IRegistryAccess
{
    [Parameter("For Models: say which version was deployed at this time (ISO 8601, e.g. 2026-12-01T10:00Z)")]
    string? DeployedAt => ParameterValue<string?>(null);

    Target Models => _ => _
        .Description("List the model's versions (state, key metrics, data hash, commit, created); --model-version N shows one with its audit trail")
        .Executes(() => new ModelListing(this).Run());
}
