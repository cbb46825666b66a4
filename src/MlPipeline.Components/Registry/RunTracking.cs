using System.Text.Json;
using MlPipeline.Data.IO;
using MlPipeline.Registry;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Registry;

/// <summary>Experiment tracking: Train and Evaluate record every run in the registry, so a version's numbers can be traced to the run that made them.</summary>
internal static class RunTracking
{
    public static long Record(IRegistryAccess build, RunRecord run)
    {
        using var registry = RegistryAccess.Open(build);
        return registry.RecordRun(run);
    }

    /// <summary>The XGBoost parameters under their snake_case names, as text, the way training.json spells them.</summary>
    public static IReadOnlyDictionary<string, string> ParametersOf(XGBoostParameters parameters)
    {
        using var json = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(parameters, DataJson.Options));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
    }
}
