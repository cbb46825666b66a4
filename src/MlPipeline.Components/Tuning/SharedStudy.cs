using System.Security.Cryptography;
using System.Text.Json;
using MlPipeline.Components.Registry;
using MlPipeline.Data.IO;
using MlPipeline.Registry;
using MlPipeline.Training.Tuning.Study;

namespace MlPipeline.Components.Tuning;

/// <summary>
/// A study kept in the registry so that several Tune processes share it. Its name there carries a hash of the study's
/// identity, so processes with another dataset, space, sampler, seed or pruner never mix their trials into it.
/// </summary>
internal sealed class SharedStudy : IDisposable
{
    private readonly IModelRegistry _registry;

    private SharedStudy(IModelRegistry registry, string name)
    {
        _registry = registry;
        Name = name;
        var studies = registry.Studies;
        Storage = new SharedStudyStorage(
            name,
            () => studies.ReserveTrial(name),
            (number, state, json) => studies.SaveTrial(name, number, state, json),
            (number, expected, state, json) => studies.ReplaceTrial(name, number, expected, state, json),
            () => studies.LoadTrials(name));
    }

    public string Name { get; }

    public IStudyStorage Storage { get; }

    public static SharedStudy Open(ITune build, StudyIdentity identity)
    {
        var digest = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(identity with { Study = build.Study! }, DataJson.Options));
        var name = $"{build.Study}-{Convert.ToHexStringLower(digest)[..12]}";
        build.Log.Information($"Sharing study {name} through {RegistryAccess.Display(build)}: every Tune with the same settings and --study {build.Study} adds to it.");
        return new SharedStudy(RegistryAccess.Open(build), name);
    }

    public void Dispose() => _registry.Dispose();
}
