using System.Linq.Expressions;
using System.Runtime.CompilerServices;

namespace MlPipeline.Build;

/// <summary>The fluent vocabulary of a target, deliberately the one NUKE users know.</summary>
public interface ITargetDefinition
{
    /// <summary>Shown by <c>--help</c> and <c>--plan</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Hides the target from <c>--help</c>; it can still be invoked.</summary>
    ITargetDefinition Unlisted();

    /// <summary>Adds an action; actions run in the order they were added.</summary>
    ITargetDefinition Executes(Action action);

    /// <summary>Adds an asynchronous action; it is awaited, never blocked on.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Adds an asynchronous action that observes cancellation (Ctrl+C).</summary>
    ITargetDefinition Executes(Func<CancellationToken, Task> action);

    /// <summary>These targets run before this one, and run whenever this one runs.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>Depends on a target of a component the build implements.</summary>
    ITargetDefinition DependsOn<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Like <see cref="DependsOn{TComponent}"/>, but only when the build implements the component.</summary>
    ITargetDefinition TryDependsOn<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>The given targets depend on this one.</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <inheritdoc cref="DependentFor(Target[])"/>
    ITargetDefinition DependentFor<TComponent>(params Func<TComponent, Target>[] targets);

    /// <inheritdoc cref="DependentFor(Target[])"/>
    ITargetDefinition TryDependentFor<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Orders this target after the given ones when both run; does not make them run.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <inheritdoc cref="After(Target[])"/>
    ITargetDefinition After<TComponent>(params Func<TComponent, Target>[] targets);

    /// <inheritdoc cref="After(Target[])"/>
    ITargetDefinition TryAfter<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Orders this target before the given ones when both run; does not make them run.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <inheritdoc cref="Before(Target[])"/>
    ITargetDefinition Before<TComponent>(params Func<TComponent, Target>[] targets);

    /// <inheritdoc cref="Before(Target[])"/>
    ITargetDefinition TryBefore<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>When this target runs, the given targets run after it.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <inheritdoc cref="Triggers(Target[])"/>
    ITargetDefinition Triggers<TComponent>(params Func<TComponent, Target>[] targets);

    /// <inheritdoc cref="Triggers(Target[])"/>
    ITargetDefinition TryTriggers<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>When one of the given targets runs, this target runs after it.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <inheritdoc cref="TriggeredBy(Target[])"/>
    ITargetDefinition TriggeredBy<TComponent>(params Func<TComponent, Target>[] targets);

    /// <inheritdoc cref="TriggeredBy(Target[])"/>
    ITargetDefinition TryTriggeredBy<TComponent>(params Func<TComponent, Target>[] targets);

    /// <summary>Checked once, before any target runs; when false the target is skipped and the text is shown.</summary>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>Checked just before the target would run; when false the target is skipped and the text is shown.</summary>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);

    /// <summary>What happens to this target's dependencies when it is skipped; default <see cref="DependencyBehavior.Execute"/>.</summary>
    ITargetDefinition WhenSkipped(DependencyBehavior behavior);

    /// <summary>
    /// The build fails before anything runs unless the value is set (not null, not empty, not false);
    /// usually a parameter: <c>Requires(() => Dataset)</c>. A parameter's value also enters the fingerprint.
    /// </summary>
    ITargetDefinition Requires<T>(Expression<Func<T>> value, [CallerArgumentExpression(nameof(value))] string? text = null);

    /// <summary>
    /// Runs before any target runs, when this target is going to; a check that throws stops the build there with its
    /// message. For parameter values only the target can make sense of: <c>Checks(() => GateSet.Parse(Gate))</c>, so a
    /// typo fails in a second rather than after the targets before this one.
    /// </summary>
    ITargetDefinition Checks(Action check);

    /// <summary>When this target fails, the build goes on with the targets that do not depend on it.</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even after another target failed (clean-up, reports).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Files or folders whose contents enter the target's fingerprint.</summary>
    ITargetDefinition Inputs(params AbsolutePath[] paths);

    /// <summary>Parameter values that enter the target's fingerprint: <c>Reads(() => Eta, () => MaxDepth)</c>.</summary>
    ITargetDefinition Reads(params Expression<Func<object?>>[] parameters);

    /// <summary>
    /// Files or folders the target writes. A target that declares outputs is skipped as up to date when its
    /// fingerprint is unchanged and its outputs are as it left them; CI uploads them as artifacts.
    /// </summary>
    ITargetDefinition Produces(params AbsolutePath[] paths);
}
