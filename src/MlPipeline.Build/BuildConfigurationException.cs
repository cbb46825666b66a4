namespace MlPipeline.Build;

/// <summary>
/// The build cannot start as invoked or declared: an unknown target or option, a bad parameter value, a cycle,
/// an unmet requirement. The message says what is wrong and how to fix it; no stack trace is shown for it.
/// </summary>
internal sealed class BuildConfigurationException(string message) : Exception(message);
