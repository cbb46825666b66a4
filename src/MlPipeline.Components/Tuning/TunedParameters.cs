using System.Globalization;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Training.Boosting;
using MlPipeline.Training.Trainers;

namespace MlPipeline.Components.Tuning;

/// <summary>
/// Train's parameters with Tune's best trial applied: a tuned value replaces a default in code, never a value the user
/// set (command line, environment, profile, parameters file), and only while best.json is newer than the build's code.
/// </summary>
internal static class TunedParameters
{
    public static (TrainerSettings Settings, string? Note) Apply(ITrain build, TrainerSettings settings)
    {
        var path = ArtifactPaths.Tuning.Best(build);
        if (!path.Exists)
        {
            return (settings, null);
        }

        var shown = path.RelativeTo(build.RootDirectory);
        if (NewestBuildSource(build) > File.GetLastWriteTimeUtc(path))
        {
            return (settings, $"Not using {shown}: the build's code changed after that study; run ./build.sh Tune again to tune for it.");
        }

        var best = ArtifactJson.Read<BestTrial>(path, "Tune");
        if ((best.Trainer ?? "xgboost") != settings.Trainer.Name)
        {
            return (settings, $"Not using {shown}: it tunes {best.Trainer ?? "xgboost"}, and this build trains {settings.Trainer.Name}; run ./build.sh Tune --trainer {settings.Trainer.Name} to tune it.");
        }

        var applied = best.Parameters.Where(p => !IsSetByUser(build, settings, p.Key, shown)).ToArray();
        settings = settings.With(applied);
        return (settings, applied.Length == 0
            ? $"Not using {shown}: every tuned parameter is set explicitly."
            : $"Using the tuned parameters of trial {best.Trial} of study {best.Study} ({shown}): {string.Join(", ", applied.Select(p => $"{p.Key} {p.Value.ToString("G6", CultureInfo.InvariantCulture)}"))}; a parameter given explicitly still wins.");
    }

    private static DateTime NewestBuildSource(IPipelineBuild build)
    {
        var folder = build.RootDirectory / "build";
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max()
            : DateTime.MinValue;
    }

    private static bool IsSetByUser(ITrain build, TrainerSettings settings, string name, string file)
    {
        if (settings.Trainer.Parameters.All(p => p.Name != name))
        {
            throw new InvalidOperationException($"{file} tunes \"{name}\", which {settings.Trainer.Name} does not know; delete the file or run ./build.sh Tune again.");
        }

        return settings.Trainer.Kind == TrainerKind.XGBoost ? build.IsParameterSet(XGBoostParameterTable.Find(name)!.Member) : settings.Parameters.ContainsKey(name);
    }
}
