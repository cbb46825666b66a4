using MlPipeline.Build.Cli;
using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Parameters;

/// <summary>
/// Resolves every parameter from its sources in precedence order: command line, environment, profiles (the last
/// named wins), <c>.nuke/parameters.json</c>, default. Rejects unknown options and unknown keys with a suggestion.
/// </summary>
internal static class ParameterResolver
{
    public static ParameterSet Resolve(
        IReadOnlyList<ParameterDescriptor> parameters,
        CommandLine commandLine,
        IReadOnlyList<string> profiles,
        IReadOnlyDictionary<string, string> environment,
        AbsolutePath root,
        AbsolutePath workingDirectory)
    {
        RejectUnknownOptions(parameters, commandLine);
        var files = LoadFiles(parameters, profiles, root);

        return new ParameterSet(parameters.Select(parameter =>
        {
            if (commandLine.Values(parameter.Name) is { } texts)
            {
                return Resolved(parameter, ParameterValueConverter.FromText(parameter, texts, ParameterSource.CommandLine, workingDirectory), ParameterSource.CommandLine);
            }

            if (environment.TryGetValue(parameter.EnvironmentVariable, out var text) && text.Length > 0)
            {
                var source = new ParameterSource(ParameterSourceKind.Environment, $"environment variable {parameter.EnvironmentVariable}");
                IReadOnlyList<string> words = parameter.ValueType.IsArray ? text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [text];
                return Resolved(parameter, ParameterValueConverter.FromText(parameter, words, source, workingDirectory), source);
            }

            foreach (var file in files)
            {
                if (file.TryGet(parameter.Name, out var json))
                {
                    return Resolved(parameter, ParameterValueConverter.FromJson(parameter, json, file.Source, root), file.Source);
                }
            }

            return new ResolvedParameter(parameter, null, ParameterSource.Default);
        }).ToList());
    }

    private static ResolvedParameter Resolved(ParameterDescriptor parameter, object value, ParameterSource source) => new(parameter, value, source);

    private static void RejectUnknownOptions(IReadOnlyList<ParameterDescriptor> parameters, CommandLine commandLine)
    {
        foreach (var option in commandLine.OptionNames)
        {
            if (BuiltInOptions.IsReserved(option) || parameters.Any(p => NameMatcher.Matches(p.Name, option)))
            {
                continue;
            }

            var known = BuiltInOptions.All.Select(o => "--" + o.Name).Concat(parameters.Select(p => p.Option));
            var spelled = commandLine.Spelling(option);
            throw new BuildConfigurationException(
                $"Unknown option '{spelled}'.{NameMatcher.DidYouMean(spelled, known)} Run './build.sh --help' to list the options and parameters.");
        }
    }

    /// <summary>The files that exist, highest precedence first.</summary>
    private static List<ParametersFile> LoadFiles(IReadOnlyList<ParameterDescriptor> parameters, IReadOnlyList<string> profiles, AbsolutePath root)
    {
        var folder = root / ".nuke";
        var files = new List<ParametersFile>();
        foreach (var profile in profiles.Reverse())
        {
            var path = folder / ParametersFile.FileName(profile);
            var source = new ParameterSource(ParameterSourceKind.Profile, $"profile '{profile}' (.nuke/{ParametersFile.FileName(profile)})");
            files.Add(ParametersFile.Load(path, source) ?? throw new BuildConfigurationException(
                $"Profile '{profile}' does not exist: {path} is missing.{AvailableProfiles(folder)} Create the file or pick another --profile."));
        }

        var defaults = ParametersFile.Load(folder / ParametersFile.FileName(null), new ParameterSource(ParameterSourceKind.ParametersFile, ".nuke/parameters.json"));
        if (defaults is not null)
        {
            files.Add(defaults);
        }

        foreach (var file in files)
        {
            var unknown = file.Keys.FirstOrDefault(key => !parameters.Any(p => NameMatcher.Matches(p.Name, key)));
            if (unknown is not null)
            {
                throw new BuildConfigurationException(
                    $"{file.Path}: '{unknown}' is not a parameter of this build.{NameMatcher.DidYouMean(unknown, parameters.Select(p => p.Name))} Remove or rename the key; './build.sh --help' lists the parameters.");
            }
        }

        return files;
    }

    private static string AvailableProfiles(AbsolutePath folder)
    {
        var names = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "parameters.*.json").Select(f => Path.GetFileName(f)["parameters.".Length..^".json".Length]).Order().ToList()
            : [];
        return names.Count == 0 ? " There are no profiles yet." : $" Available profiles: {string.Join(", ", names)}.";
    }
}
