namespace MlPipeline.Build;

/// <summary>
/// What targets may read of the process they run in, taken from the build host rather than from
/// <see cref="System.Environment"/>, so that tests decide it.
/// </summary>
public interface IBuildEnvironment
{
    /// <returns>The environment variable's value, or null when it is not set.</returns>
    string? Variable(string name);

    /// <summary>The account the build runs under.</summary>
    string UserName { get; }
}
