using MlPipeline.Build;

namespace MlPipeline.Components.Delivery;

/// <summary>Delivery's step lines (publish output, layers, daemon messages) into the build log at debug level, as they come.</summary>
internal sealed class LogLines(IBuildLog log) : IProgress<string>
{
    // Synchronous, unlike Progress<T>, so no line arrives after its target has ended.
    public void Report(string value) => log.Debug(value);
}
