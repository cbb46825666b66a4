using System.Globalization;
using MlPipeline.Build;
using MlPipeline.Components.Artifacts;
using MlPipeline.Components.Training;
using MlPipeline.Training.Boosting;

namespace MlPipeline.Components.Tuning;

/// <summary>
/// Train's parameters with Tune's best trial applied: a tuned value replaces a default in code, never a value the user
/// set (command line, environment, profile, parameters file), and only while best.json is newer than the build's code.
/// </summary>
internal static class TunedParameters
{
    public static (XGBoostParameters Parameters, string? Note) Apply(ITrain build, XGBoostParameters parameters)
    {
        var path = TuningArtifacts.Best(build);
        if (!path.Exists)
        {
            return (parameters, null);
        }

        var shown = path.RelativeTo(build.RootDirectory);
        if (NewestBuildSource(build) > File.GetLastWriteTimeUtc(path))
        {
            return (parameters, $"Not using {shown}: the build's code changed after that study; run ./build.sh Tune again to tune for it.");
        }

        var best = ArtifactJson.Read<BestTrial>(path, "Tune");
        var applied = new List<string>();
        foreach (var (name, value) in best.Parameters)
        {
            var member = MemberOf(name, shown);
            if (!build.IsParameterSet(member))
            {
                parameters = parameters.With(name, value);
                applied.Add($"{name} {value.ToString("G6", CultureInfo.InvariantCulture)}");
            }
        }

        return (parameters, applied.Count == 0
            ? $"Not using {shown}: every tuned parameter is set explicitly."
            : $"Using the tuned parameters of trial {best.Trial} of study {best.Study} ({shown}): {string.Join(", ", applied)}; a parameter given explicitly still wins.");
    }

    private static DateTime NewestBuildSource(IPipelineBuild build)
    {
        var folder = build.RootDirectory / "build";
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.TopDirectoryOnly).Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max()
            : DateTime.MinValue;
    }

    private static string MemberOf(string name, string file) =>
        XGBoostParameterTable.Find(name) is { Spec.IsTunable: true } row
            ? row.Member
            : throw new InvalidOperationException($"{file} tunes \"{name}\", which Train does not know; delete the file or run ./build.sh Tune again.");
}
