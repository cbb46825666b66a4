using MlPipeline.Foundation.Naming;

namespace MlPipeline.Build.Cli;

/// <summary>The engine's own options; parameters may not reuse these names.</summary>
internal static class BuiltInOptions
{
    public const string Target = "target";
    public const string Skip = "skip";
    public const string Force = "force";
    public const string Profile = "profile";
    public const string Root = "root";
    public const string Verbosity = "verbosity";
    public const string Help = "help";
    public const string Plan = "plan";

    public static readonly IReadOnlyList<(string Name, string Usage, string Description)> All =
    [
        (Target, "--target <targets>", "Targets to run (also positional: ./build.sh Train Evaluate)."),
        (Skip, "--skip [targets]", "Skip the named targets; with no names, skip everything not requested."),
        (Force, "--force [targets]", "Run targets even when up to date; with no names, all of them."),
        (Profile, "--profile <names>", "Read .nuke/parameters.<name>.json over .nuke/parameters.json."),
        (Root, "--root <path>", "The repository root (default: the nearest folder above with .nuke/)."),
        (Verbosity, "--verbosity <level>", "quiet, minimal, normal (default) or verbose."),
        (Plan, "--plan [targets]", "Show what would run and why, write .nuke/temp/plan.mmd, run nothing."),
        (Help, "--help", "Show targets and parameters."),
    ];

    public static bool IsReserved(string name) => All.Any(o => o.Name == NameMatcher.Normalize(name));
}
