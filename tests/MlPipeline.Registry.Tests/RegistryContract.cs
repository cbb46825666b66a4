using MlPipeline.Registry.Sql;
using MlPipeline.Registry.Tests.Support;

namespace MlPipeline.Registry.Tests;

/// <summary>
/// What every registry backend must do. Each derived class runs all of it against one real backend; the partial files
/// group the tests by feature.
/// </summary>
public abstract partial class RegistryContract
{
    internal ManualTimeProvider Clock { get; } = new();

    /// <summary>Where a new, empty registry can be created: a file path or a connection string.</summary>
    protected abstract string NewLocation();

    /// <summary>Runs one statement on the registry's database behind its back and returns the first column of the first row.</summary>
    protected abstract object? Sql(string location, string sql);

    protected IModelRegistry Open(string location, TimeSpan? lockTimeout = null) => ModelRegistry.Open(location, Clock, lockTimeout);

    protected IModelRegistry NewRegistry() => Open(NewLocation());

    internal static SqlRegistry Internals(IModelRegistry registry) => (SqlRegistry)registry;
}
