using MlPipeline.Registry;

namespace MlPipeline.Components.Registry;

/// <summary>Resolves the registry parameters: a relative SQLite path against the root, the default model name and actor.</summary>
internal static class RegistryAccess
{
    public static IModelRegistry Open(IRegistryAccess build) => ModelRegistry.Open(Location(build), build.Time);

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

        var environment = build.BuildEnvironment;
        var run = environment.Variable("GITHUB_RUN_ID");
        return run is null
            ? environment.UserName
            : $"github-actions: {environment.Variable("GITHUB_WORKFLOW")}/{environment.Variable("GITHUB_JOB")} run {run} ({environment.Variable("GITHUB_ACTOR")})";
    }
}
