using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>Resolves the registry parameters: a relative SQLite path against the root, the default model name and actor.</summary>
internal static class RegistryAccess
{
    public static IModelRegistry Open(IRegistryAccess build) => ModelRegistry.Open(Location(build));

    public static string Location(IRegistryAccess build) =>
        ModelRegistry.IsConnectionString(build.Registry) ? build.Registry : (build.RootDirectory / build.Registry).Value;

    /// <summary>The registry as messages name it: a connection string may hold a password, so it is never printed.</summary>
    public static string Display(IRegistryAccess build) => ModelRegistry.IsConnectionString(build.Registry) ? "the PostgreSQL registry" : build.Registry;

    public static string ModelName(IRegistryAccess build) => build.ModelName ?? Path.GetFileNameWithoutExtension(build.Dataset);

    public static string Actor(IRegistryAccess build)
    {
        if (build.Actor is { } actor)
        {
            return actor;
        }

        var run = Environment.GetEnvironmentVariable("GITHUB_RUN_ID");
        return run is null
            ? Environment.UserName
            : $"github-actions: {Environment.GetEnvironmentVariable("GITHUB_WORKFLOW")}/{Environment.GetEnvironmentVariable("GITHUB_JOB")} run {run} ({Environment.GetEnvironmentVariable("GITHUB_ACTOR")})";
    }
}
