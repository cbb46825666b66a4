using System.Runtime.CompilerServices;

namespace MlPipeline.Build;

/// <summary>
/// What a build offers its targets and components. Component interfaces derive from it and declare targets and
/// parameters as default members, so that <c>class Build : PipelineBuild, IValidateData, ITrain</c> composes them.
/// </summary>
public interface IPipelineBuild
{
    /// <summary>The repository root: the folder holding <c>.nuke/</c>, or <c>--root</c>.</summary>
    AbsolutePath RootDirectory { get; }

    IBuildLog Log { get; }

    IBuildProgress Progress { get; }

    /// <summary>The build host's clock: components stamp runs, versions and files with it, so tests can set the time.</summary>
    TimeProvider Time { get; }

    /// <summary>The build host's environment variables and user, read through this rather than <see cref="System.Environment"/> so tests can set them.</summary>
    IBuildEnvironment BuildEnvironment { get; }

    /// <summary>
    /// The value of a parameter declared as a computed property of a component:
    /// <c>[Parameter("Boosting rounds")] int NumBoostRound => ParameterValue(100);</c>
    /// returns the resolved value, or <paramref name="defaultValue"/> when no source sets it.
    /// </summary>
    T ParameterValue<T>(T defaultValue, [CallerMemberName] string parameterName = "");

    /// <summary>
    /// True when the command line, the environment, a profile or <c>.nuke/parameters.json</c> sets the parameter, false
    /// when its default in code applies: for components that offer a better default (tuned values) without overriding the user.
    /// </summary>
    bool IsParameterSet(string parameterName);

    /// <summary>
    /// True when this invocation forces the target (<c>--force</c> with no names, or naming it): for a target whose work
    /// is a decision, such as whether to retrain, that a person can overrule.
    /// </summary>
    /// <exception cref="BuildConfigurationException">The delegate is not a target property of this build.</exception>
    bool IsForced(Target target);
}
