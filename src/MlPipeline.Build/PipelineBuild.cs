using System.Runtime.CompilerServices;
using MlPipeline.Build.Execution;

namespace MlPipeline.Build;

/// <summary>
/// The base of a build class. <c>static Task&lt;int&gt; Main() => ExecuteAsync&lt;Build&gt;(x => x.Train);</c>
/// runs it; targets are its <see cref="Target"/> properties and those of the component interfaces it implements.
/// </summary>
public abstract partial class PipelineBuild : IPipelineBuild
{
    private BuildContext? _context;

    /// <inheritdoc />
    public AbsolutePath RootDirectory => Context.Root;

    /// <inheritdoc />
    public IBuildLog Log => Context.Log;

    /// <inheritdoc />
    public IBuildProgress Progress => Context.Progress;

    /// <inheritdoc />
    public TimeProvider Time => Context.Time;

    /// <inheritdoc />
    public IBuildEnvironment BuildEnvironment => Context.Environment;

    internal BuildContext Context => _context ?? throw new InvalidOperationException(
        "The build context exists once the engine runs the build: use RootDirectory, Log, Progress and parameters inside target definitions, not in constructors or field initializers.");

    /// <summary>Runs the build with the process's command line; returns the exit code (0 success, 1 a target failed, 2 the build was rejected).</summary>
    /// <param name="defaultTarget">The target that runs when none is named.</param>
    public static async Task<int> ExecuteAsync<TBuild>(Func<TBuild, Target> defaultTarget)
        where TBuild : PipelineBuild, new()
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await BuildEngine.RunProcessAsync(new TBuild(), Environment.GetCommandLineArgs().Skip(1).ToList(), build => defaultTarget((TBuild)build), cancellation.Token);
    }

    /// <inheritdoc />
    public T ParameterValue<T>(T defaultValue, [CallerMemberName] string parameterName = "") => Context.Parameters.ValueOr(parameterName, defaultValue);

    /// <inheritdoc />
    public bool IsParameterSet(string parameterName) => Context.Parameters.Find(parameterName)?.IsSet ?? false;

    /// <inheritdoc />
    public bool IsForced(Target target) => Context.IsForced(Context.Graph().NameOf(target));

    internal void Attach(BuildContext context)
    {
        _context = context;
        foreach (var resolved in context.Parameters.All.Where(p => p.Descriptor.IsAssignable))
        {
            context.Parameters.RememberDefault(resolved.Descriptor.Name, resolved.Descriptor.Read(this));
            if (resolved.IsSet)
            {
                resolved.Descriptor.Assign(this, resolved.Value);
            }
        }
    }
}
