using System.Security.Cryptography;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Data;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Training;
using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>What <see cref="IRegister.Register"/> does.</summary>
internal sealed class Registration(IRegister build)
{
    public void Run()
    {
        var output = ArtifactPaths.Model.Registration(build);
        if (output.Exists)
        {
            File.Delete(output);
        }

        var model = File.ReadAllBytes(ArtifactPaths.Model.File(build));
        var sha = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(model));
        var verdict = ArtifactJson.Read<ModelVerdict>(ArtifactPaths.Model.Verdict(build), "RegressionTest");
        if (verdict.ModelSha256 != sha)
        {
            throw new InvalidOperationException(
                $"The gate verdict in {ArtifactPaths.Model.Verdict(build).RelativeTo(build.RootDirectory)} is for another model ({verdict.ModelSha256[..19]}…) than "
                + $"{ArtifactPaths.Model.File(build).RelativeTo(build.RootDirectory)} ({sha[..19]}…): RegressionTest did not judge this model. Run ./build.sh Register again once it does.");
        }

        var lineage = ArtifactJson.Read<TrainingLineage>(ArtifactPaths.Model.Lineage(build), "Train");
        var name = RegistryAccess.ModelName(build);
        var actor = RegistryAccess.Actor(build);
        using var registry = RegistryAccess.Open(build);
        var runId = lineage.RunId;
        var state = verdict.Passed ? ModelState.Passed : ModelState.Discarded;
        var reason = verdict.Passed ? "every applicable gate passed" : "failed gates: " + string.Join(", ", verdict.FailedGates);
        var version = registry.Register(lineage.Provenance.ToVersion(name, model, runId, verdict.Metrics, state, actor, reason) with { Artifacts = KeptFiles(lineage) });

        ArtifactJson.Write(output, new RegistrationRecord(name, version.Version, Lower(version.State), version.ModelSha256, runId));
        build.Log.Information(
            $"Registered {name} version {version.Version} as {version.State} ({reason}) in {RegistryAccess.Display(build)}; model sha256:{version.ModelSha256[..12]}…, training run {runId}.");
    }

    /// <summary>
    /// The reference profile of the data the model learned from, kept with the version so that drift can later be measured
    /// against the deployed model's own data. ValidateData writes it beside splits.json, whose data hash says which data it describes.
    /// </summary>
    private Dictionary<string, byte[]> KeptFiles(TrainingLineage lineage)
    {
        var profile = ArtifactPaths.Data.ReferenceProfile(build);
        var splits = ArtifactPaths.Data.Splits(build);
        if (profile.Exists && splits.Exists && ArtifactJson.Read<StoredSplits>(splits, "ValidateData").DataHash == lineage.Provenance.DataHash)
        {
            return new Dictionary<string, byte[]> { [VersionFiles.ReferenceProfile] = File.ReadAllBytes(profile) };
        }

        build.Log.Warning(
            $"{profile.RelativeTo(build.RootDirectory)} is missing or describes other data than the model's ({lineage.Provenance.DataHash}); the version is registered "
            + "without a reference profile, so Retrain cannot check drift against it. Run ValidateData and Register together to keep one.");
        return [];
    }

    private static string Lower(ModelState state) => state.ToString().ToLowerInvariant();
}
