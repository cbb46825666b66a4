using System.Reflection;

namespace MlPipeline.Training.Trainers.MlNet;

/// <summary>The ML.NET versions a model was trained with, for the lineage.</summary>
internal static class MlNetLibraries
{
    public static IReadOnlyDictionary<string, string> Versions(Type trainer, string name) => new Dictionary<string, string>
    {
        ["ml.net"] = Version(typeof(Microsoft.ML.MLContext)),
        [name] = Version(trainer),
    };

    private static string Version(Type type) =>
        type.Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? type.Assembly.GetName().Version?.ToString()
        ?? "unknown";
}
