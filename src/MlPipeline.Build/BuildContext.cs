using MlPipeline.Build.Parameters;

namespace MlPipeline.Build;

/// <summary>What the engine hands a build once its parameters are resolved.</summary>
internal sealed record BuildContext(AbsolutePath Root, IBuildLog Log, IBuildProgress Progress, ParameterSet Parameters);
