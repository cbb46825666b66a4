namespace MlPipeline.Build;

/// <summary>An external program could not start or failed; the message names the command and the exit code.</summary>
public sealed class ProcessFailedException(string message) : Exception(message);
