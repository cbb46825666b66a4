using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Gates;
using MlPipeline.Components.Training;
using MlPipeline.Data.IO;
using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>What <see cref="IRegister.Register"/> does.</summary>
internal sealed class Registration(IRegister build)
{
    public void Run()
    {
        var output = ModelArtifacts.Registration(build);
        if (output.Exists)
        {
            File.Delete(output);
        }

        var model = File.ReadAllBytes(ModelArtifacts.Model(build));
        var sha = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(model));
        var verdict = ArtifactJson.Read<ModelVerdict>(ModelArtifacts.Verdict(build), "RegressionTest");
        if (verdict.ModelSha256 != sha)
        {
            throw new InvalidOperationException(
                $"The gate verdict in {ModelArtifacts.Verdict(build).RelativeTo(build.RootDirectory)} is for another model ({verdict.ModelSha256[..19]}…) than "
                + $"{ModelArtifacts.Model(build).RelativeTo(build.RootDirectory)} ({sha[..19]}…): RegressionTest did not judge this model. Run ./build.sh Register again once it does.");
        }

        var lineage = ArtifactJson.Read<TrainingLineage>(ModelArtifacts.Lineage(build), "Train");
        var name = RegistryAccess.ModelName(build);
        var actor = RegistryAccess.Actor(build);
        using var registry = RegistryAccess.Open(build);
        var runId = registry.RecordRun(TrainingRunOf(lineage, name));
        var state = verdict.Passed ? ModelState.Passed : ModelState.Discarded;
        var reason = verdict.Passed ? "every applicable gate passed" : "failed gates: " + string.Join(", ", verdict.FailedGates);
        var version = registry.Register(new NewModelVersion(
            name, model, runId, lineage.DataHash, lineage.GitCommit, lineage.GitDirty, ParametersOf(lineage), verdict.Metrics, state, actor, reason));

        ArtifactJson.Write(output, new RegistrationRecord(name, version.Version, Lower(version.State), version.ModelSha256, runId));
        build.Log.Information(
            $"Registered {name} version {version.Version} as {version.State} ({reason}) in {Shown(build)}; model sha256:{version.ModelSha256[..12]}…, training run {runId}.");
    }

    private static RunRecord TrainingRunOf(TrainingLineage lineage, string modelName) => new(
        RunKinds.Train,
        modelName,
        ParametersOf(lineage),
        new Dictionary<string, double> { ["validation_" + lineage.ValidationMetric] = lineage.ValidationValue, ["best_iteration"] = lineage.BestIteration },
        lineage.DataHash,
        lineage.GitCommit,
        lineage.GitDirty,
        lineage.Started,
        lineage.Ended,
        new Dictionary<string, string>
        {
            ["os"] = lineage.Machine.Os,
            ["cpu"] = lineage.Machine.Cpu,
            ["cores"] = lineage.Machine.Cores.ToString(CultureInfo.InvariantCulture),
            ["dotnet"] = lineage.Machine.DotNet,
        },
        lineage.Libraries,
        new Dictionary<string, string> { ["model"] = "artifacts/model/model.json", ["lineage"] = "artifacts/model/training.json", ["dataset"] = lineage.Dataset });

    /// <summary>The XGBoost parameters under their snake_case names, as text, the way training.json spells them.</summary>
    private static Dictionary<string, string> ParametersOf(TrainingLineage lineage)
    {
        using var json = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(lineage.Parameters, DataJson.Options));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
    }

    private static string Lower(ModelState state) => state.ToString().ToLowerInvariant();

    private static string Shown(IRegistryAccess build) => ModelRegistry.IsConnectionString(build.Registry) ? "the PostgreSQL registry" : build.Registry;
}
