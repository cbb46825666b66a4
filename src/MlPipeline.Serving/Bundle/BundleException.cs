namespace MlPipeline.Serving.Bundle;

/// <summary>The model bundle cannot be served: a file is missing or unreadable; the message names it and says how to fix it.</summary>
public sealed class BundleException(string message, Exception? inner = null) : Exception(message, inner);
