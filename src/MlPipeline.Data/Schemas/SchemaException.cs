namespace MlPipeline.Data.Schemas;

/// <summary>A schema file that cannot be used; the message names the file, the place and the fix.</summary>
public sealed class SchemaException(string message, Exception? inner = null) : Exception(message, inner);
