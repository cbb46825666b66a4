using MlPipeline.Build.Parameters;
using MlPipeline.Build.Planning;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build;

/// <summary>What the engine hands a build once its parameters are resolved; the graph and the plan follow once they exist.</summary>
internal sealed record BuildContext(AbsolutePath Root, IBuildLog Log, IBuildProgress Progress, ParameterSet Parameters, TimeProvider Time, IBuildEnvironment Environment)
{
    private TargetGraph? _graph;

    private ExecutionPlan? _plan;

    public TargetGraph Graph() => _graph ?? throw new InvalidOperationException("The targets have not been discovered yet.");

    public void SetGraph(TargetGraph graph) => _graph = graph;

    public void SetPlan(ExecutionPlan plan) => _plan = plan;

    /// <summary>Whether the plan forces the target; false before there is a plan (<c>--help</c>, <c>--plan</c>).</summary>
    public bool IsForced(string target) => _plan?.Targets.Any(t => t.IsForced && t.Name == target) ?? false;
}
