using System.Collections;

namespace MlPipeline.Build;

/// <summary>What the engine needs from its surroundings, injected so tests control every part of it.</summary>
internal sealed record BuildHost(
    TextWriter Out,
    TextWriter Error,
    IReadOnlyDictionary<string, string> Environment,
    AbsolutePath WorkingDirectory,
    TimeProvider Time,
    bool IsInteractive,
    string UserName) : IBuildEnvironment
{
    public string? Variable(string name) => Environment.GetValueOrDefault(name);

    public bool IsGitHubActions => Environment.GetValueOrDefault("GITHUB_ACTIONS") == "true";

    public static BuildHost FromProcess()
    {
        var environment = System.Environment.GetEnvironmentVariables()
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value?.ToString() ?? string.Empty, StringComparer.Ordinal);
        var interactive = !Console.IsOutputRedirected && !environment.ContainsKey("CI");
        return new BuildHost(Console.Out, Console.Error, environment, AbsolutePath.Create(System.Environment.CurrentDirectory), TimeProvider.System, interactive, System.Environment.UserName);
    }
}
