using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Cli;

/// <summary>What the user asked the engine to do, read from the built-in options.</summary>
internal sealed record BuildInvocation(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string>? Skip,
    IReadOnlyList<string>? Force,
    IReadOnlyList<string> Profiles,
    string? Root,
    Verbosity Verbosity,
    bool Help,
    bool Plan)
{
    public static BuildInvocation From(CommandLine commandLine)
    {
        var plan = commandLine.Values(BuiltInOptions.Plan);
        return new BuildInvocation(
            Targets: commandLine.Targets.Concat(List(commandLine.Values(BuiltInOptions.Target)) ?? []).Concat(List(plan) ?? []).ToList(),
            Skip: List(commandLine.Values(BuiltInOptions.Skip)),
            Force: List(commandLine.Values(BuiltInOptions.Force)),
            Profiles: List(commandLine.Values(BuiltInOptions.Profile)) ?? [],
            Root: Single(commandLine, BuiltInOptions.Root),
            Verbosity: ParseVerbosity(Single(commandLine, BuiltInOptions.Verbosity)),
            Help: commandLine.Has(BuiltInOptions.Help),
            Plan: plan is not null);
    }

    /// <summary>Values may be given space- or comma-separated: <c>--force Train,Tune</c>.</summary>
    private static List<string>? List(IReadOnlyList<string>? values)
        => values?.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    private static string? Single(CommandLine commandLine, string option)
    {
        var values = commandLine.Values(option);
        return values switch
        {
            null => null,
            [var value] => value,
            _ => throw new BuildConfigurationException($"Option --{option} takes exactly one value, got {values.Count}: '{string.Join(' ', values)}'."),
        };
    }

    private static Verbosity ParseVerbosity(string? text)
    {
        if (text is null)
        {
            return Verbosity.Normal;
        }

        var match = Enum.GetValues<Verbosity>().FirstOrDefault(v => NameMatcher.Matches(v.ToString(), text), (Verbosity)(-1));
        return Enum.IsDefined(match)
            ? match
            : throw new BuildConfigurationException($"--verbosity '{text}' is not a verbosity level. Use quiet, minimal, normal or verbose.");
    }
}
