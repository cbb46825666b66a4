using MlPipeline.Build.Parameters;
using MlPipeline.Build.Targets;

namespace MlPipeline.Build;

/// <summary>What the engine hands a build once its parameters are resolved; the graph follows once targets are discovered.</summary>
internal sealed record BuildContext(AbsolutePath Root, IBuildLog Log, IBuildProgress Progress, ParameterSet Parameters, TimeProvider Time, IBuildEnvironment Environment)
{
    private TargetGraph? _graph;

    public TargetGraph Graph() => _graph ?? throw new InvalidOperationException("The targets have not been discovered yet.");

    public void SetGraph(TargetGraph graph) => _graph = graph;
}
