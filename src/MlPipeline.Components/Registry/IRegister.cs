using MlPipeline.Components.Artifacts;
using MlPipeline.Build;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Training;

namespace MlPipeline.Components.Registry;

/// <summary>The <c>Register</c> target: the model becomes a numbered version in the registry, Passed or Discarded by its gates.</summary>
public interface IRegister : IRegressionTest, IRegistryAccess
{
    Target Register => _ => _
        .Description("Record the model in the registry: its training run, lineage, metrics, gate verdict (Passed or Discarded) and its data's reference profile")
        .DependsOn(RegressionTest)
        // A model that failed its gates is registered too, as Discarded: the registry keeps every candidate's verdict.
        .AssuredAfterFailure()
        .Inputs(ArtifactPaths.Model.File(this), ArtifactPaths.Model.Lineage(this), ArtifactPaths.Model.Verdict(this), ArtifactPaths.Data.ReferenceProfile(this))
        .Reads(() => Registry, () => ModelName)
        .Produces(ArtifactPaths.Model.Registration(this))
        .Executes(() => new Registration(this).Run());
}
