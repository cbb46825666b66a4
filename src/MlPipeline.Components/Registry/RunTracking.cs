using System.Globalization;
using MlPipeline.Registry;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Registry;

/// <summary>Experiment tracking: Train and Evaluate record every run in the registry, so a version's numbers can be traced to the run that made them.</summary>
internal static class RunTracking
{
    public static long Record(IRegistryAccess build, RunRecord run)
    {
        using var registry = RegistryAccess.Open(build);
        return registry.RecordRun(run);
    }

    /// <summary>The key under which runs and versions record the trainer; versions without it are XGBoost's.</summary>
    public const string TrainerKey = "trainer";

    /// <summary>The trainer and its parameters under their own names, as text, the way training.json spells them.</summary>
    public static IReadOnlyDictionary<string, string> ParametersOf(string trainer, IReadOnlyDictionary<string, double> parameters) =>
        parameters.Select(p => KeyValuePair.Create(p.Key, p.Value.ToString(CultureInfo.InvariantCulture)))
            .Prepend(KeyValuePair.Create(TrainerKey, trainer))
            .ToDictionary();

    /// <summary>The trainer a registered version or run names.</summary>
    public static ITrainer TrainerOf(IReadOnlyDictionary<string, string> parameters) => TrainerCatalog.Named(parameters.GetValueOrDefault(TrainerKey));
}
