using MlPipeline.Build.Execution;

namespace MlPipeline.Build.Output;

/// <summary>How the engine tells the user what happens; one implementation per kind of host.</summary>
internal interface IBuildReporter
{
    void TargetStarting(string name);

    void TargetFinished(TargetResult result);

    void BuildFinished(IReadOnlyList<TargetResult> results, TimeSpan duration, bool succeeded);

    /// <summary>The build could not start: bad invocation, bad declaration, unmet requirement.</summary>
    void BuildRejected(string message);
}
